namespace ContentHub.Search.Evaluation.Experts;

/// <summary>Baseline: whoever resolved the most cases so far, whatever the request says.</summary>
public sealed class MostActiveRanker : IExpertRanker
{
    private readonly Dictionary<string, int> resolved = new(StringComparer.Ordinal);

    public string Name => "most active";

    public IReadOnlyList<string> Rank(ResolvedCaseRecord request, IReadOnlyList<string> candidates) =>
        candidates.OrderByDescending(c => resolved.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal).ToList();

    public void Learn(ResolvedCaseRecord resolved) => this.resolved[resolved.Resolver] = this.resolved.GetValueOrDefault(resolved.Resolver) + 1;

    public void Dispose()
    {
    }
}
