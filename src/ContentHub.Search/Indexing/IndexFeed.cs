using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContentHub.Search.Indexing;

/// <summary>
/// Connects writers, the background indexer and searchers in one process: saves report what they
/// appended to the logs and wake the indexer; a search waits until the index covers what this
/// process wrote, so a client that writes and then searches sees its own write.
/// </summary>
public sealed class IndexFeed(SearchIndex index, IMeterFactory meters) : ILogWriteListener
{
    /// <summary>The meter and instrument a monitor listens to (the load test's stall monitor does).</summary>
    public const string MeterName = "ContentHub.Search";

    public const string FreshnessWaitName = "contenthub.search.freshness_wait";

    // Only searches that found the index behind are measured: how long they waited for it.
    private readonly Histogram<double> freshnessWaits = meters.Create(MeterName)
        .CreateHistogram<double>(FreshnessWaitName, "ms", "How long a search waited for the index to cover this process's writes");

    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock gate = new();
    private IndexWatermark written;
    private TaskCompletionSource published = NewSignal();

    public IndexWatermark Written
    {
        get
        {
            lock (gate)
            {
                return written;
            }
        }
    }

    /// <summary>A save appended log entries up to these sequences.</summary>
    public void ReportWritten(IndexWatermark watermark)
    {
        lock (gate)
        {
            written = IndexWatermark.Max(written, watermark);
        }

        Wake();
    }

    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    /// <summary>The indexer waits here for work, or for the poll interval (writes from other processes).</summary>
    public Task WaitForWorkAsync(TimeSpan poll, CancellationToken cancellationToken) => wake.WaitAsync(poll, cancellationToken);

    /// <summary>The indexer published new changes: wake every search waiting for freshness.</summary>
    public void ReportPublished()
    {
        TaskCompletionSource done;
        lock (gate)
        {
            done = published;
            published = NewSignal();
        }

        done.TrySetResult();
    }

    /// <summary>
    /// Waits until the index covers every write to the <paramref name="logs"/> the search reads that
    /// this process had made when the search began, or the timeout passes. Writes made meanwhile are
    /// not waited for: under a steady stream of writes a search that chased the newest one waited
    /// publish after publish (up to 120 ms at 100k cases). Nor are writes to a log whose documents
    /// the search does not return: a knowledge-base search never waits for a comment on a case.
    /// </summary>
    public async Task<bool> WaitUntilFreshAsync(IndexLogs logs, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = DateTime.UtcNow + timeout;
        var target = Written.Only(logs);
        for (var waited = false; ; waited = true)
        {
            Task next;
            lock (gate)
            {
                if (!index.NeedsRebuild && index.Watermark.Covers(target))
                {
                    RecordWait(waited, started);
                    return true;
                }

                next = published.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                RecordWait(waited, started);
                return false;
            }

            Wake();
            await next.WaitAsync(left, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            // The continuation swallows the cancellation too; without this a cancelled search
            // would go round this loop without waiting until the deadline.
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void RecordWait(bool waited, long started)
    {
        if (waited)
        {
            freshnessWaits.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
