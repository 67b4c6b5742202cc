using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContentHub.Search.Indexing;

/// <summary>
/// Connects writers, the background indexer and searchers in one process: saves report what they
/// appended to the logs and wake the indexer; a search waits until the index covers what its
/// caller wrote, so a person who writes and then searches sees their own write. Other people's
/// writes of the last few milliseconds may not be found yet: waiting for everyone's made searches
/// wait for the indexer whenever anybody had just written (in one run at 100k cases, under half of
/// the load the server can take, one similar-case search or expert match in a hundred waited 25 ms
/// or more, up to 73 ms).
/// </summary>
public sealed class IndexFeed(SearchIndex index, IMeterFactory meters) : ILogWriteListener
{
    /// <summary>The meter and instrument a monitor listens to (the load test's stall monitor does).</summary>
    public const string MeterName = "ContentHub.Search";

    public const string FreshnessWaitName = "contenthub.search.freshness_wait";

    // Only searches that found the index behind are measured: how long they waited for it.
    private readonly Histogram<double> freshnessWaits = meters.Create(MeterName)
        .CreateHistogram<double>(FreshnessWaitName, "ms", "How long a search waited for the index to cover its caller's writes");

    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock gate = new();
    // Only people whose case events the index does not cover yet: forgotten once it does.
    private readonly Dictionary<int, long> caseEventsNotPublishedByActor = [];
    private IndexWatermark written;
    private TaskCompletionSource published = NewSignal();

    /// <summary>Everyone's writes of this process, up to these sequences.</summary>
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
    public void ReportWritten(LogAppend append)
    {
        lock (gate)
        {
            written = IndexWatermark.Max(written, append.Sequences);
            foreach (var (person, sequence) in append.CaseEventsByActor)
            {
                caseEventsNotPublishedByActor.KeepHighest(person, sequence);
            }
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

    /// <summary>The indexer waits here for work, or for the poll interval (writes from other processes); false when nothing woke it.</summary>
    public Task<bool> WaitForWorkAsync(TimeSpan poll, CancellationToken cancellationToken) => wake.WaitAsync(poll, cancellationToken);

    /// <summary>The indexer published new changes: wake every search waiting for freshness.</summary>
    public void ReportPublished()
    {
        TaskCompletionSource done;
        lock (gate)
        {
            done = published;
            published = NewSignal();
            var covered = index.Watermark.CaseSequence;
            foreach (var (person, sequence) in caseEventsNotPublishedByActor)
            {
                if (sequence <= covered)
                {
                    caseEventsNotPublishedByActor.Remove(person);
                }
            }
        }

        done.TrySetResult();
    }

    /// <summary>
    /// Waits until the index covers the writes to the <paramref name="logs"/> the search reads that
    /// its caller had made when the search began, or the timeout passes. A signed-in
    /// <paramref name="person"/>'s own writes are the case events that name them as actor, and every
    /// article revision (revisions do not record who saved them, and are rare); for a caller who is
    /// not signed in, every write of this process. Writes made meanwhile are not waited for: under a
    /// steady stream of writes a search that chased the newest one waited publish after publish (up
    /// to 120 ms at 100k cases). Nor are writes to a log whose documents the search does not return:
    /// a knowledge-base search never waits for a comment on a case.
    /// </summary>
    public async Task<bool> WaitUntilFreshAsync(IndexLogs logs, int? person, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = DateTime.UtcNow + timeout;
        var target = WrittenBy(person).Only(logs);
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

    private IndexWatermark WrittenBy(int? person)
    {
        lock (gate)
        {
            return person is { } signedIn
                ? written with { CaseSequence = caseEventsNotPublishedByActor.GetValueOrDefault(signedIn) }
                : written;
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
