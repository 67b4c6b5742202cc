using ContentHub.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentHub.Api.Search;

/// <summary>
/// /health says Degraded while the index is rebuilt or behind this process's writes: the server
/// answers, but searches may miss recent changes.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndex index, IndexFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["caseSequence"] = index.Watermark.CaseSequence,
            ["articleSequence"] = index.Watermark.ArticleSequence,
        };
        return Task.FromResult(
            index.NeedsRebuild ? HealthCheckResult.Degraded("The search index is being rebuilt from the database.", data: data)
            : !index.Watermark.Covers(feed.Written) ? HealthCheckResult.Degraded("The search index is catching up with recent writes.", data: data)
            : HealthCheckResult.Healthy("The search index is up to date.", data));
    }
}
