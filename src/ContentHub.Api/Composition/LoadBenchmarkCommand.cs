using ContentHub.Api.Benchmarks.Load;

namespace ContentHub.Api.Composition;

/// <summary>
/// <c>contenthub bench load</c>: for each database size, generates the database, starts the real
/// server on it in a process of its own and drives it over HTTP on 127.0.0.1 (<see cref="LoadBenchmark"/>).
/// </summary>
public static class LoadBenchmarkCommand
{
    public const string Usage =
        "usage: contenthub bench load [--cases N,N,...] [--seconds N] [--clients N] [--rates S,S,...] [--saturation N] [--seed S] [--markdown FILE] [--keep | --reuse FOLDER] [--smoke]\n" +
        "  defaults: --cases 1000,10000,100000 --seconds 20 --clients 4 --rates 0.25,0.5,0.75 --seed 42; --smoke: --cases 300 --seconds 2 --rates 0.5 (a check that it works, not a measurement);\n" +
        "  --rates: steady rates to offer after the saturated mix, as shares (0 < S ≤ 1) of the throughput it reached;\n" +
        "  --saturation N: take N calls/s as that throughput instead, so that two builds are offered the same load;\n" +
        "  --keep: leave each generated data folder in place and print where (to look at query plans, or to --reuse it);\n" +
        "  --reuse FOLDER: drive a kept folder as it is instead of generating (one size; its earlier runs' writes stay in it)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (Parse(args, out var problem) is not { } parsed)
        {
            Console.Error.WriteLine(problem + "\n" + Usage);
            return 2;
        }

        var (cases, options, markdown) = parsed;
        var report = new List<string> { LoadReport.Environment(), "" };
        Console.WriteLine(report[0]);
        var results = new List<SizeLoadResult>();
        foreach (var size in cases)
        {
            var result = await LoadBenchmark.RunAsync(size, options, Console.Error, CancellationToken.None);
            results.Add(result);
            var text = LoadReport.Size(result, options);
            report.Add(text);
            Console.WriteLine(text);
        }

        if (results.Count > 1)
        {
            var growth = LoadReport.Growth(results);
            report.Add(growth);
            Console.WriteLine(growth);
        }

        if (markdown is not null)
        {
            await File.WriteAllTextAsync(markdown, string.Join("\n", report));
            Console.Error.WriteLine($"Wrote {Path.GetFullPath(markdown)}");
        }

        return results.All(r => r.AllResults.All(o => o.Failures == 0 && o.Calls > 0)) ? 0 : 1;
    }

    /// <summary>The options, or null and what is wrong with them.</summary>
    private static (List<int> Cases, LoadOptions Options, string? Markdown)? Parse(string[] args, out string problem)
    {
        problem = "";
        List<int>? cases = null;
        int? seconds = null;
        var clients = 4;
        List<double>? shares = null;
        var seed = 42;
        int? saturation = null;
        var smoke = false;
        var keep = false;
        string? reuse = null;
        string? markdown = null;
        var queue = new Queue<string>(args);
        while (queue.TryDequeue(out var flag))
        {
            switch (flag)
            {
                case "--cases" when queue.TryDequeue(out var list) && list.Split(',').Select(BenchmarkCommand.Positive).ToList() is var sizes && sizes.All(s => s is not null):
                    cases = sizes.Select(s => s!.Value).ToList();
                    break;
                case "--seconds" when BenchmarkCommand.Positive(queue.TryDequeue(out var text) ? text : null) is { } value:
                    seconds = value;
                    break;
                case "--clients" when BenchmarkCommand.Positive(queue.TryDequeue(out var text) ? text : null) is { } value:
                    clients = value;
                    break;
                case "--rates" when queue.TryDequeue(out var list) && list.Split(',').Select(Share).ToList() is var parsed && parsed.All(s => s is not null):
                    shares = parsed.Select(s => s!.Value).ToList();
                    break;
                case "--saturation" when BenchmarkCommand.Positive(queue.TryDequeue(out var text) ? text : null) is { } value:
                    saturation = value;
                    break;
                case "--seed" when BenchmarkCommand.Positive(queue.TryDequeue(out var text) ? text : null) is { } value:
                    seed = value;
                    break;
                case "--markdown" when queue.TryDequeue(out var file):
                    markdown = file;
                    break;
                case "--reuse" when queue.TryDequeue(out var folder):
                    if (!Directory.Exists(folder))
                    {
                        problem = $"--reuse: there is no folder {folder}.";
                        return null;
                    }

                    reuse = Path.GetFullPath(folder);
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--smoke":
                    smoke = true;
                    break;
                default:
                    problem = $"{flag}: not an option, or its value is missing or not valid.";
                    return null;
            }
        }

        var duration = TimeSpan.FromSeconds(seconds ?? (smoke ? 2 : 20));
        var warmup = smoke ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Min(10, duration.TotalSeconds / 2));
        if (reuse is not null && (cases is not null || keep || smoke))
        {
            problem = "--reuse drives one kept folder at the size it was generated with: it does not go with --cases, --keep or --smoke.";
            return null;
        }

        var options = new LoadOptions(warmup, duration, clients, seed, shares ?? (smoke ? [0.5] : [0.25, 0.5, 0.75]), keep, reuse, saturation);
        // A reused folder has the size it was generated with; the one entry only makes one run.
        return (reuse is not null ? [0] : cases ?? (smoke ? [300] : [1_000, 10_000, 100_000]), options, markdown);
    }

    private static double? Share(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var share) && share > 0 && share <= 1 ? share : null;
}
