using System.Globalization;
using ContentHub.Api.Composition;
using ContentHub.Search.Benchmarks;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>The load test's report, in Markdown (readable in a terminal as it is).</summary>
public static class LoadReport
{
    public const int TargetCases = 100_000;
    public const double TargetP99Ms = 50;

    /// <summary>
    /// The load at which the p99 target is judged: half the throughput the saturated mix reached.
    /// At saturation every latency is mostly queueing, and grows with the number of clients the tool
    /// happens to run; half of capacity is the usual headroom a service is provisioned with.
    /// </summary>
    public const double TargetRateShare = 0.5;
    public const double TargetThroughputRatio = 0.6;
    public const long TargetPeakRssBytes = 500L * 1024 * 1024;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Size(SizeLoadResult r, LoadOptions options)
    {
        var d = r.Dataset;
        var lines = new List<string>
        {
            F("### {0:N0} cases", d.Cases),
            "",
            F("- data: {0:N0} cases, {1:N0} affiliates, {2:N0} experts, {3:N0} articles, {4:N0} comments, {5:N0} case events; generated in {6:0.0} s",
                d.CaseIds.Count, d.Affiliates, d.Experts, d.Articles, d.Comments, d.Events, d.Generated.TotalSeconds),
            F("- server start until the search index caught up: {0:0.0} s; peak RSS during it {1:N0} MB", r.IndexReady.TotalSeconds, Mb(r.StartupPeakRssBytes)),
            F("- peak RSS under load: {0:N0} MB (target ≤ 500 MB at 100k: {1}); at the end {2:N0} MB the process's own, {3:N0} MB mapped files (index, assemblies), {4:N0} MB shared (the runtime's code)",
                Mb(r.LoadPeakRssBytes), Verdict(d.Cases, r.LoadPeakRssBytes <= TargetPeakRssBytes), Mb(r.ResidentAfterLoad.Anonymous), Mb(r.ResidentAfterLoad.MappedFiles), Mb(r.ResidentAfterLoad.Shared)),
            F("- {0} clients, {1:0} s mix at saturation ({2:0.0} calls/s), then {1:0} s at each steady rate{5}, then {1:0} s queue against baseline in alternating slices; load average {3} before, {4} after",
                options.Clients, options.Duration.TotalSeconds, r.MixPerSecond, r.LoadAverageBefore, r.LoadAverageAfter,
                options.Saturation is { } given ? F(" (shares of {0:N0} calls/s, given with --saturation)", given) : ""),
            "",
            F("At saturation ({0} clients, each calling again as soon as it has an answer):", options.Clients),
            "",
            "| operation | calls | failed | calls/s | p50 ms | p99 ms |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        };
        lines.AddRange(r.Mix.Select(o => F("| {0} | {1:N0} | {2:N0} | {3:N1} | {4} | {5} |", o.Name, o.Calls, o.Failures, o.PerSecond, Ms(o.P50Ms), Ms(o.P99Ms))));
        lines.Add("");
        lines.Add("- " + r.MixServer.Describe(r.Mix.Sum(o => o.Calls), options.Duration));
        lines.AddRange(Steady(r, options.Duration));
        lines.Add("");
        lines.Add("| head to head | calls | failed | calls/s | p50 ms | p99 ms | throughput ÷ baseline (target ≥ 0.60) |");
        lines.Add("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        lines.Add(Row(r.GraphQLQueue, F("{0:0.00} ({1})", r.QueueThroughputRatio, Verdict(d.Cases, r.QueueThroughputRatio >= TargetThroughputRatio))));
        lines.Add(Row(r.BaselineQueue, "1.00"));
        lines.AddRange(r.AllResults.Where(o => o.FirstFailure is not null)
            .Select(o => F("- first failure of {0}: {1}", o.Name, o.FirstFailure)).Prepend("").Where(_ => r.AllResults.Any(o => o.Failures > 0)));
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Each operation's p50 and p99 at every steady rate, with the verdict at <see cref="TargetRateShare"/>.</summary>
    private static IEnumerable<string> Steady(SizeLoadResult r, TimeSpan duration)
    {
        if (r.Steady.Count == 0)
        {
            yield break;
        }

        yield return "";
        yield return "At steady rates (calls arrive at random intervals whatever the answers; latency counts from when a call was due):";
        yield return "";
        yield return "| operation | " + string.Join(" | ", r.Steady.Select(s => F("p50 / p99 ms at {0:P0} ({1:0.0}/s)", s.Share, s.PerSecond))) +
            F(" | target p99 ≤ 50 ms at {0:P0} |", TargetRateShare);
        yield return "| --- | " + string.Join(" | ", r.Steady.Select(_ => "---:")) + " | --- |";
        foreach (var (operation, row) in r.Mix.Select((o, i) => (o, r.Steady.Select(s => s.Mix[i]).ToList())))
        {
            var atTarget = r.Steady.FirstOrDefault(s => s.Share == TargetRateShare)?.Mix.Single(o => o.Name == operation.Name);
            var verdict = !operation.Reads ? "(write)" : atTarget is null ? "not run" : Verdict(r.Dataset.Cases, atTarget.P99Ms <= TargetP99Ms);
            yield return F("| {0} | {1} | {2} |", operation.Name, string.Join(" | ", row.Select(o => Ms(o.P50Ms) + " / " + Ms(o.P99Ms))), verdict);
        }

        yield return "";
        foreach (var s in r.Steady)
        {
            var calls = s.Mix.Sum(o => o.Calls);
            yield return F("- at {0:P0}: {1:N0} calls ({2:N0} failed); ", s.Share, calls, s.Mix.Sum(o => o.Failures)) + s.Server.Describe(calls, duration);
        }
    }

    /// <summary>How each operation's p50 (at the target's steady rate) changes from the smallest database to the largest, next to how much the data grew.</summary>
    public static string Growth(IReadOnlyList<SizeLoadResult> sizes)
    {
        var smallest = sizes.MinBy(s => s.Dataset.Cases)!;
        var largest = sizes.MaxBy(s => s.Dataset.Cases)!;
        var header = string.Join(" | ", sizes.Select(s => F("p50 ms at {0:N0}", s.Dataset.Cases)));
        var lines = new List<string>
        {
            F("### Growth: p50 from {0:N0} to {1:N0} cases ({2:0.#}× the data)", smallest.Dataset.Cases, largest.Dataset.Cases, (double)largest.Dataset.Cases / smallest.Dataset.Cases),
            "",
            // The largest database's p50 over the smallest's, whatever order the sizes ran in (below 1 when it got faster).
            $"| operation | {header} | " + F("{0:N0} ÷ {1:N0} |", largest.Dataset.Cases, smallest.Dataset.Cases),
            "| --- | " + string.Join(" | ", sizes.Select(_ => "---:")) + " | ---: |",
        };
        foreach (var name in smallest.Mix.Select(o => o.Name).Append(LoadOperations.Baseline))
        {
            var p50s = sizes.Select(s => Find(s, name)?.P50Ms ?? double.NaN);
            var growth = (Find(largest, name)?.P50Ms ?? double.NaN) / (Find(smallest, name)?.P50Ms ?? double.NaN);
            lines.Add($"| {name} | {string.Join(" | ", p50s.Select(Ms))} | {growth.ToString("0.0", Invariant)}× |");
        }

        return string.Join("\n", lines) + "\n";
    }

    public static string Environment() =>
        BenchmarkReport.Environment() + F("; {0} MB memory; the server started with {1}={2}, its pool threads' spin limit {3}, large-object threshold (bytes) {4}", MemoryMb(), YoungGeneration.Variable, LoadServer.YoungGenerationBudget, LoadServer.PoolSpinLimit, LoadServer.LargeObjectThreshold);

    /// <summary>An operation's figures at the target's steady rate (closest to its service time), or at saturation when that rate was not run.</summary>
    private static OperationResult? Find(SizeLoadResult size, string name) =>
        name == LoadOperations.Baseline ? size.BaselineQueue
        : (size.Steady.FirstOrDefault(s => s.Share == TargetRateShare)?.Mix ?? size.Mix).FirstOrDefault(o => o.Name == name);

    private static string Row(OperationResult o, string verdict) =>
        F("| {0} | {1:N0} | {2:N0} | {3:N1} | {4} | {5} | {6} |", o.Name, o.Calls, o.Failures, o.PerSecond, Ms(o.P50Ms), Ms(o.P99Ms), verdict);

    private static string Verdict(int cases, bool met) => cases < TargetCases ? "n/a below 100k" : met ? "met" : "MISSED";

    private static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "0.00" : "0.0", Invariant);

    private static double Mb(long bytes) => bytes / 1048576.0;

    private static long MemoryMb() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1048576;

    private static string F(string format, params object?[] values) => string.Format(Invariant, format, values);
}
