using System.Diagnostics;
using Lucene.Net.Index;

namespace ContentHub.Search.Indexing;

/// <summary>
/// What the index writer has done since start: batches published to searchers (a flush and a
/// reopen each) and segment merges, with the time each took. Merges run on their own threads, beside
/// the searches, so the load test reports them per phase next to the latencies.
/// </summary>
public sealed record IndexActivity(long Publishes, double PublishMs, long Merges, double MergeMs);

/// <summary>Lucene's concurrent merge scheduler, counting merges and their time.</summary>
internal sealed class TimedMergeScheduler : ConcurrentMergeScheduler
{
    private long merges;
    private long mergeTicks;

    public long Merges => Interlocked.Read(ref merges);

    public double MergeMs => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref mergeTicks)).TotalMilliseconds;

    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            base.DoMerge(merge);
        }
        finally
        {
            Interlocked.Add(ref mergeTicks, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref merges);
        }
    }
}
