using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContentHub.Search.Indexing;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>
/// What the server process spent: CPU time, allocation, garbage collections with the time every
/// thread stood still for them, methods compiled, the index writer's publishes, merges and commits,
/// and stalls by cause. Read before and after each phase of the load (the difference is the
/// phase's), so the report can put the pauses next to the latency tails they cause.
/// </summary>
public sealed record ServerRuntime(double CpuMs, long AllocatedBytes, double GcPauseMs, int Collections, int Gen1, int Gen2, long JitMethods, IndexActivity Index, ServerStalls Stalls)
{
    public const string Path = "/bench/runtime";

    /// <summary>The server's side, mapped only in the server the load test starts.</summary>
    public static void Map(IEndpointRouteBuilder app) => app.MapGet(Path, (SearchIndex index, StallMonitor stalls) => new { data = Now(index, stalls) });

    public static async Task<ServerRuntime> ReadAsync(LoadClient client, CancellationToken cancellationToken) =>
        (await client.GetAsync(Path, cancellationToken)).Deserialize<ServerRuntime>(JsonSerializerOptions.Web)!;

    public static ServerRuntime operator -(ServerRuntime after, ServerRuntime before) => new(
        after.CpuMs - before.CpuMs, after.AllocatedBytes - before.AllocatedBytes, after.GcPauseMs - before.GcPauseMs, after.Collections - before.Collections, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.JitMethods - before.JitMethods, after.Index - before.Index, after.Stalls - before.Stalls);

    /// <summary>One line for the report: <paramref name="calls"/> answered in <paramref name="duration"/>.</summary>
    public string Describe(int calls, TimeSpan duration)
    {
        var seconds = duration.TotalSeconds;
        return string.Format(CultureInfo.InvariantCulture,
            "server CPU {0:0.00} s a second ({1:0.0} ms a call), {7:0.00} MB allocated a call; {2:0.0} collections a second ({3:0.0} of them gen1; {4:N0} gen2 in all), all threads paused {5:0.0} % of the time ({6:0.0} ms a collection); {8:N0} methods compiled; index: {9:N0} publishes ({10:N0} ms), {11:N0} merges ({12:N0} ms), {13:N0} commits ({14:N0} ms); stalls of {15:0} ms or more: {16}",
            CpuMs / 1000 / seconds, calls == 0 ? double.NaN : CpuMs / calls, Collections / seconds, Gen1 / seconds, Gen2,
            GcPauseMs / 10 / seconds, Collections == 0 ? 0 : GcPauseMs / Collections, calls == 0 ? double.NaN : AllocatedBytes / 1048576.0 / calls, JitMethods,
            Index.Publishes, Index.PublishMs, Index.Merges, Index.MergeMs, Index.Commits, Index.CommitMs, StallMonitor.Threshold.TotalMilliseconds,
            string.Join(", ", Stall("collections", Stalls.GcPauses), Stall("process not running", Stalls.Oversleeps), Stall("work waiting for a pool thread", Stalls.PoolWaits),
                Stall("searches waiting for a fresh index", Stalls.FreshnessWaits)));
    }

    private static string Stall(string cause, StallCount stalls) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1:N0} ({2:N0} ms in all, longest {3:N0} ms{4})", cause, stalls.Count, stalls.TotalMs, stalls.LongestMs, stalls.Longest is { } what ? $", {what}" : "");

    private static ServerRuntime Now(SearchIndex index, StallMonitor stalls) => new(
        Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds, GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration().TotalMilliseconds,
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), System.Runtime.JitInfo.GetCompiledMethodCount(), index.Activity, stalls.Read());
}
