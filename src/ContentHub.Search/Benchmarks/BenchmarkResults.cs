namespace ContentHub.Search.Benchmarks;

/// <summary>One operation's latency over the timed calls; hits and allocated KB are means per call.</summary>
public sealed record OperationLatency(
    string Operation, string? Baseline, double P50Ms, double P99Ms, double MeanMs, double MeanHits, double AllocatedKb, double TargetP50Ms);

/// <summary>
/// One corpus size: rebuild time, index size, the segments searched after <paramref name="Publishes"/>
/// small publishes, peak working set, and the timed operations.
/// </summary>
public sealed record SizeResult(
    int Cases, int Articles, int Queries, int Publishes, int Segments, int Seed, TimeSpan Rebuild, long IndexBytes, long PeakWorkingSetBytes,
    TimeSpan Timed, TimeSpan GcPause, IReadOnlyList<OperationLatency> Operations)
{
    public double DocumentsPerSecond => (Cases + Articles) / Rebuild.TotalSeconds;
}
