using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Diagnostics.Tracing;
using ContentHub.Search.Indexing;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>
/// Stalls of the load server, counted apart so that a latency tail can be put down to its cause:
/// a garbage collection that stopped every thread, the whole process not running (a pause of the
/// virtual machine, or every core busy elsewhere), or work waiting in the thread pool's queue while
/// the process ran (threads blocked, e.g. in SQLite's synchronous I/O or its busy wait), and a
/// search waiting for the index to cover its caller's writes (the index feed's metric). Only
/// the load server starts one.
/// </summary>
public sealed class StallMonitor : EventListener
{
    /// <summary>A stall this long counts: half of what a call may take at p99.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(LoadReport.TargetP99Ms / 2);

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(10);

    // The runtime's GC events (keyword 0x1): every pause runs from SuspendEEBegin to RestartEEEnd.
    // The runtime suspends for other reasons too (tiered compilation, the debugger); those pauses
    // show as the process not running, not as collections.
    private const int GcStart = 1;
    private const int SuspendBegin = 9;
    private const int RestartEnd = 3;
    private const uint SuspendForGc = 1;
    private const uint SuspendForGcPreparation = 6;

    private readonly StallCounter gcPauses = new();
    private readonly StallCounter oversleeps = new();
    private readonly StallCounter poolWaits = new();
    private readonly StallCounter freshnessWaits = new();
    private readonly MeterListener searches = new();
    private readonly Thread prober;
    private long suspendedAt;
    private volatile string collection = "a collection";
    private volatile bool stopped;

    public StallMonitor()
    {
        prober = new Thread(Probe) { IsBackground = true, Name = "stall probe" };
        prober.Start();
        searches.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument is { Meter.Name: IndexFeed.MeterName, Name: IndexFeed.FreshnessWaitName })
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        searches.SetMeasurementEventCallback<double>((_, milliseconds, _, _) => freshnessWaits.Add(TimeSpan.FromMilliseconds(milliseconds)));
        searches.Start();
    }

    /// <summary>Counts since start, each with its longest stall since the last reading.</summary>
    public ServerStalls Read() => new(gcPauses.Read(), oversleeps.Read(), poolWaits.Read(), freshnessWaits.Read());

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        // The events arrive in batches, later than they happened: their own time stamps count.
        if (e.EventId == SuspendBegin && e.Payload?[0] is SuspendForGc or SuspendForGcPreparation)
        {
            Interlocked.Exchange(ref suspendedAt, e.TimeStamp.Ticks);
        }
        else if (e.EventId == GcStart && e.Payload is [_, uint generation, _, uint type, ..])
        {
            // Which collection a pause belongs to, for the longest: a background collection's later
            // pauses start no collection of their own and keep its name.
            collection = $"gen{generation}{type switch { 0 when generation == 2 => ", blocking", 1 => ", background", _ => "" }}";
        }
        else if (e.EventId == RestartEnd && Interlocked.Exchange(ref suspendedAt, 0) is var since and not 0)
        {
            gcPauses.Add(TimeSpan.FromTicks(e.TimeStamp.Ticks - since), collection);
        }
    }

    /// <summary>
    /// Every 10 ms: how much longer than asked a dedicated thread slept, less the collections'
    /// pauses meanwhile (the process did not run), and how long a work item waited for a
    /// thread-pool thread beyond that.
    /// </summary>
    private void Probe()
    {
        using var ran = new ManualResetEventSlim();
        while (!stopped)
        {
            var asleep = Stopwatch.GetTimestamp();
            var pausedBefore = GC.GetTotalPauseDuration();
            Thread.Sleep(ProbeInterval);
            // A managed thread that wakes during a collection waits for its end: that time is the
            // collection's (counted above), not the process not running.
            var overslept = Stopwatch.GetElapsedTime(asleep) - ProbeInterval - (GC.GetTotalPauseDuration() - pausedBefore);
            oversleeps.Add(overslept);

            ran.Reset();
            var queued = Stopwatch.GetTimestamp();
            long started = 0;
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                started = Stopwatch.GetTimestamp();
                ran.Set();
            }, null);
            ran.Wait();
            poolWaits.Add(Stopwatch.GetElapsedTime(queued, started));
        }
    }

    public override void Dispose()
    {
        stopped = true;
        prober.Join();
        searches.Dispose();
        base.Dispose();
    }
}

/// <summary>Stalls of at least <see cref="StallMonitor.Threshold"/>, by cause.</summary>
public sealed record ServerStalls(StallCount GcPauses, StallCount Oversleeps, StallCount PoolWaits, StallCount FreshnessWaits)
{
    public static ServerStalls operator -(ServerStalls after, ServerStalls before) =>
        new(after.GcPauses - before.GcPauses, after.Oversleeps - before.Oversleeps, after.PoolWaits - before.PoolWaits, after.FreshnessWaits - before.FreshnessWaits);
}

/// <summary>
/// How many stalls and their time in all since start, and the longest since the previous reading
/// (with what it was, where the cause knows: which collection).
/// </summary>
public sealed record StallCount(int Count, double TotalMs, double LongestMs, string? Longest = null)
{
    /// <summary>The stalls between two readings; the longest is already the later reading's own.</summary>
    public static StallCount operator -(StallCount after, StallCount before) => new(after.Count - before.Count, after.TotalMs - before.TotalMs, after.LongestMs, after.Longest);
}

/// <summary>Stalls over the threshold, from any thread.</summary>
internal sealed class StallCounter
{
    private readonly Lock gate = new();
    private int count;
    private double totalMs;
    private double longestMs;
    private string? longest;

    public void Add(TimeSpan stall, string? what = null)
    {
        var ms = stall.TotalMilliseconds;
        lock (gate)
        {
            if (ms > longestMs)
            {
                (longestMs, longest) = (ms, what);
            }

            if (stall >= StallMonitor.Threshold)
            {
                count++;
                totalMs += ms;
            }
        }
    }

    public StallCount Read()
    {
        lock (gate)
        {
            var reading = new StallCount(count, totalMs, longestMs, longest);
            (longestMs, longest) = (0, null);
            return reading;
        }
    }
}
