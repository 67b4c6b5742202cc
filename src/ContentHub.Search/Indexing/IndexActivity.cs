using System.Diagnostics;
using Lucene.Net.Index;

namespace ContentHub.Search.Indexing;

/// <summary>
/// What the index writer has done since start: batches published to searchers (a flush and a
/// reopen each), segment merges and commits to disk, with the time each took. Merges run on their
/// own threads, beside the searches, so the load test reports them per phase next to the latencies.
/// </summary>
public sealed record IndexActivity(long Publishes, double PublishMs, long Merges, double MergeMs, long Commits, double CommitMs)
{
    /// <summary>What was done between two readings.</summary>
    public static IndexActivity operator -(IndexActivity after, IndexActivity before) =>
        new(after.Publishes - before.Publishes, after.PublishMs - before.PublishMs, after.Merges - before.Merges, after.MergeMs - before.MergeMs,
            after.Commits - before.Commits, after.CommitMs - before.CommitMs);
}

/// <summary>How often something ran and for how long in all, safe to add to from any thread.</summary>
internal sealed class TimedWork
{
    private long count;
    private long ticks;

    public long Count => Interlocked.Read(ref count);

    public double Milliseconds => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks)).TotalMilliseconds;

    public void Time(Action work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            work();
        }
        finally
        {
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref count);
        }
    }
}

/// <summary>Lucene's concurrent merge scheduler, counting merges and their time.</summary>
internal sealed class TimedMergeScheduler : ConcurrentMergeScheduler
{
    public TimedWork Merges { get; } = new();

    protected override void DoMerge(MergePolicy.OneMerge merge) => Merges.Time(() => base.DoMerge(merge));
}
