using ContentHub.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContentHub.Search.Indexing;

/// <summary>
/// The one background writer of the index. On start it rebuilds a missing or outdated index from
/// the database (the server is ready meanwhile); then it applies the case event log and the
/// article revision log from where the index left off, woken by local saves or every few seconds.
/// </summary>
public sealed class IndexWriterService(
    SearchIndex index, IndexFeed feed, IServiceScopeFactory scopes, ILogger<IndexWriterService> logger) : BackgroundService
{
    private const int BatchSize = 1_000;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long published changes may wait to be made durable. A Lucene commit syncs files to disk;
    /// committing every batch made each search that waits for freshness wait for the disk too (the
    /// similar cases of the load test at 100k cases, under a steady trickle of writes).
    /// </summary>
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(5);

    private long lastCommit = Environment.TickCount64;
    private readonly SemaphoreSlim writing = new(1, 1);

    public bool Rebuilding { get; private set; }

    /// <summary>Replaces the whole index with what the database holds now.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        Rebuilding = true;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = new IndexSource(scope.ServiceProvider.GetRequiredService<ContentHubDbContext>());
            var watermark = await source.LatestAsync(cancellationToken);
            var started = DateTime.UtcNow;
            index.DeleteAll();
            var count = 0;
            await foreach (var document in source.AllAsync(cancellationToken))
            {
                index.Upsert(document);
                count++;
            }

            index.CommitRebuild(watermark);
            feed.ReportPublished();
            logger.LogInformation("Rebuilt the search index: {Count} documents in {Seconds:0.0} s", count, (DateTime.UtcNow - started).TotalSeconds);
            return count;
        }
        finally
        {
            Rebuilding = false;
            writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (index.NeedsRebuild)
                {
                    await RebuildAsync(stoppingToken);
                }

                bool more;
                do
                {
                    more = await CatchUpAsync(stoppingToken);
                    await CommitWhenDueAsync(stoppingToken);
                }
                while (more);

                await feed.WaitForWorkAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                // The database is the source of truth: log, wait, and try again from the watermark.
                logger.LogError(error, "Updating the search index failed; retrying");
                await Task.Delay(Poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Applies one batch of each log; true when there may be more.</summary>
    private async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = new IndexSource(scope.ServiceProvider.GetRequiredService<ContentHubDbContext>());
            var from = index.Watermark;
            var (cases, caseSequence) = await source.ChangedCasesAsync(from.CaseSequence, BatchSize, cancellationToken);
            var (articles, articleSequence) = await source.ChangedArticlesAsync(from.ArticleSequence, BatchSize, cancellationToken);
            if (cases.Count == 0 && articles.Count == 0)
            {
                feed.ReportPublished();
                return false;
            }

            foreach (var document in await source.CasesAsync(cases, cancellationToken))
            {
                index.Upsert(document);
            }

            foreach (var document in await source.ArticlesAsync(articles, cancellationToken))
            {
                index.Upsert(document);
            }

            index.Publish(new IndexWatermark(caseSequence, articleSequence));
            feed.ReportPublished();
            return true;
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>An orderly stop leaves the index durable up to the last change published, before the host says it stopped.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CommitAsync(CancellationToken.None);
    }

    private async Task CommitWhenDueAsync(CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 - lastCommit >= (long)CommitInterval.TotalMilliseconds)
        {
            await CommitAsync(cancellationToken);
        }
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            index.CommitPublished();
            lastCommit = Environment.TickCount64;
        }
        finally
        {
            writing.Release();
        }
    }
}
