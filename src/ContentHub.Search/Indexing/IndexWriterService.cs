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
    /// How long published changes may wait to be made durable. A Lucene commit syncs files to disk
    /// (40–200 ms on a busy machine), so it runs on its own, every few seconds, beside the loop that
    /// applies the logs and publishes: Lucene lets a commit sync while the writer goes on, and a
    /// search that waits for freshness then never waits for the disk. (Committing every batch, and
    /// later every five seconds within the loop, held such searches up to the load test's p99.)
    /// </summary>
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(5);

    /// <summary>Taken by whatever changes the index (<see cref="AsTheWriterAsync"/>): a rebuild, a catch-up batch, a quiet round.</summary>
    private readonly SemaphoreSlim writing = new(1, 1);

    /// <summary>Taken by a commit, and by a rebuild throughout: half a rebuild is never committed.</summary>
    private readonly SemaphoreSlim committing = new(1, 1);

    public bool Rebuilding { get; private set; }

    /// <summary>Replaces the whole index with what the database holds now.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        using var writer = await AsTheWriterAsync(cancellationToken);
        await committing.WaitAsync(cancellationToken);
        Rebuilding = true;
        try
        {
            return await ReplaceAllAsync(cancellationToken);
        }
        finally
        {
            Rebuilding = false;
            committing.Release();
        }
    }

    private async Task<int> ReplaceAllAsync(CancellationToken cancellationToken)
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var commits = Task.Factory.StartNew(() => CommitPeriodically(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await ApplyLogsAsync(stoppingToken);
        await commits;
    }

    private async Task ApplyLogsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (index.NeedsRebuild)
                {
                    await RebuildAsync(stoppingToken);
                }

                while (await CatchUpAsync(stoppingToken))
                {
                }

                if (!await feed.WaitForWorkAsync(Poll, stoppingToken))
                {
                    await PublishMergesAsync(stoppingToken);
                }
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
        using var writer = await AsTheWriterAsync(cancellationToken);
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

    /// <summary>
    /// After a quiet poll interval: merges that finished since the last publish reach the searches,
    /// which would otherwise search the merged-away segments until the next write (hours away on a
    /// quiet day). A busy index needs no such round: every publish takes them along.
    /// </summary>
    private async Task PublishMergesAsync(CancellationToken cancellationToken)
    {
        using var writer = await AsTheWriterAsync(cancellationToken);
        index.PublishMerges();
    }

    /// <summary>Waits until nothing else changes the index; disposing of the result lets the next writer in.</summary>
    private async Task<WriterTurn> AsTheWriterAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        return new WriterTurn(writing);
    }

    private readonly struct WriterTurn(SemaphoreSlim writing) : IDisposable
    {
        public void Dispose() => writing.Release();
    }

    /// <summary>An orderly stop leaves the index durable up to the last change published, before the host says it stopped.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Commit(CancellationToken.None);
    }

    /// <summary>
    /// Commits every <see cref="CommitInterval"/> until the service stops, on a thread of its own:
    /// a commit blocks in the disk's sync, and a thread-pool thread held there is one fewer for
    /// the calls (on two cores, one of two).
    /// </summary>
    private void CommitPeriodically(CancellationToken stoppingToken)
    {
        while (!stoppingToken.WaitHandle.WaitOne(CommitInterval))
        {
            try
            {
                Commit(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                // What was published stays searchable; the next round tries again.
                logger.LogError(error, "Committing the search index failed; retrying");
            }
        }
    }

    private void Commit(CancellationToken cancellationToken)
    {
        committing.Wait(cancellationToken);
        try
        {
            index.CommitPublished();
        }
        finally
        {
            committing.Release();
        }
    }
}
