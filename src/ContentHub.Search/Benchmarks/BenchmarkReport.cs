using System.Globalization;
using System.Runtime;

namespace ContentHub.Search.Benchmarks;

/// <summary>The benchmark's tables, as aligned text for a terminal or as Markdown.</summary>
public static class BenchmarkReport
{
    /// <summary>Targets apply from this many cases on.</summary>
    public const int TargetCases = 100_000;
    private const double TargetP99Ms = 50;
    private static readonly TimeSpan TargetRebuild = TimeSpan.FromSeconds(60);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Header = ["operation", "p50 ms", "p99 ms", "mean ms", "hits", "KB alloc", "p50 ÷ base", "p99 ÷ base", "target (p99 ≤ 50 ms)"];

    public static string Environment() => string.Format(
        Invariant, "{0} processors, .NET {1}, {2} GC, {3}", System.Environment.ProcessorCount, System.Environment.Version,
        GCSettings.IsServerGC ? "server" : "workstation", System.Runtime.InteropServices.RuntimeInformation.OSDescription);

    public static string Text(SizeResult result)
    {
        var rows = Rows(result);
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Prepend(Header).Max(r => r[c].Length)).ToArray();
        var lines = rows.Prepend(Header).Select(r => string.Join("  ", r.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        return string.Join("\n", [Title(result), Build(result), Timing(result), .. lines]) + "\n";
    }

    public static string Markdown(SizeResult result)
    {
        var rows = Rows(result).Prepend(Header).ToList();
        rows.Insert(1, Header.Select((_, c) => c == 0 ? "---" : "---:").ToArray());
        return string.Join("\n", ["### " + Title(result), "", "- " + Build(result), "- " + Timing(result), "", .. rows.Select(r => "| " + string.Join(" | ", r) + " |")]) + "\n";
    }

    private static string Title(SizeResult r) =>
        string.Format(Invariant, "{0:N0} cases + {1:N0} articles ({2:N0} queries per operation, seed {3})", r.Cases, r.Articles, r.Queries, r.Seed);

    private static string Build(SizeResult r) => string.Format(
        Invariant, "rebuild {0:N1} s ({1:N0} docs/s, target ≤ 60 s: {2}); index {3:N0} MB; then {4} publishes of {5} cases, segments searched: {6}; peak working set {7:N0} MB",
        r.Rebuild.TotalSeconds, r.DocumentsPerSecond, Verdict(r, r.Rebuild <= TargetRebuild), r.IndexBytes / 1048576.0,
        r.Publishes, SearchBenchmark.CasesPerPublish, r.Segments, r.PeakWorkingSetBytes / 1048576.0);

    private static string Timing(SizeResult r) => string.Format(
        Invariant, "queries timed interleaved: {0:N1} s, of which GC pauses {1:N1} s ({2:P0}); hits = mean results per call, KB alloc = mean bytes allocated per call",
        r.Timed.TotalSeconds, r.GcPause.TotalSeconds, r.GcPause / r.Timed);

    private static List<string[]> Rows(SizeResult result) => result.Operations.Select(o =>
    {
        var baseline = result.Operations.FirstOrDefault(b => b.Operation == o.Baseline);
        return new[]
        {
            o.Operation, Ms(o.P50Ms), Ms(o.P99Ms), Ms(o.MeanMs), o.MeanHits.ToString("0.0", Invariant), o.AllocatedKb.ToString("N0", Invariant),
            Ratio(baseline is null ? 1 : o.P50Ms / baseline.P50Ms), Ratio(baseline is null ? 1 : o.P99Ms / baseline.P99Ms),
            baseline is null ? "" : string.Format(Invariant, "p50 ≤ {0}: {1}", o.TargetP50Ms, Verdict(result, o.P50Ms <= o.TargetP50Ms && o.P99Ms <= TargetP99Ms)),
        };
    }).ToList();

    private static string Verdict(SizeResult result, bool met) => result.Cases < TargetCases ? "n/a below 100k" : met ? "PASS" : "MISS";

    private static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", Invariant);

    private static string Ratio(double value) => value.ToString(value < 10 ? "0.00" : "0.0", Invariant) + "×";
}
