using System.Globalization;
using ContentHub.Search.Benchmarks;

namespace ContentHub.Api.Composition;

/// <summary>
/// <c>contenthub bench search</c>: search and similar-case latency, indexing throughput, rebuild time;
/// <c>contenthub bench subscriptions</c>: see <see cref="SubscriptionBenchmarkCommand"/>;
/// <c>contenthub bench load</c>: see <see cref="LoadBenchmarkCommand"/>.
/// </summary>
public static class BenchmarkCommand
{
    private const string Usage =
        "usage: contenthub bench search [--cases N ...] [--articles N] [--queries N] [--publishes N] [--seed S] [--markdown FILE]\n" +
        "  defaults: --cases 10000 100000 --articles 5000 --queries 500 --publishes 0 --seed 42;\n" +
        "  --publishes N: after the rebuild, N publishes of five new cases each, as a live server's writes leave the index";

    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["subscriptions", .. var subscriptionArgs]:
                return await SubscriptionBenchmarkCommand.RunAsync(subscriptionArgs);
            case ["load", .. var loadArgs]:
                return await LoadBenchmarkCommand.RunAsync(loadArgs);
            case [Benchmarks.Load.LoadServer.Command, .. var serverArgs]:
                return await Benchmarks.Load.LoadServer.ServeAsync(serverArgs);
        }

        if (args is not ["search", .. var rest] || Parse(rest) is not { } options)
        {
            Console.Error.WriteLine(Usage + "\n" + SubscriptionBenchmarkCommand.Usage + "\n" + LoadBenchmarkCommand.Usage);
            return 2;
        }

        Console.WriteLine(BenchmarkReport.Environment());
        var results = new List<SizeResult>();
        foreach (var cases in options.Cases)
        {
            var result = SearchBenchmark.Run(cases, options.Articles, options.Queries, options.Publishes, options.Seed, Console.Error);
            results.Add(result);
            Console.WriteLine();
            Console.Write(BenchmarkReport.Text(result));
        }

        if (options.Markdown is { } file)
        {
            var markdown = string.Join("\n", results.Select(BenchmarkReport.Markdown).Prepend(BenchmarkReport.Environment() + "\n"));
            await File.WriteAllTextAsync(file, markdown);
            Console.Error.WriteLine($"Wrote {Path.GetFullPath(file)}");
        }

        return 0;
    }

    private sealed record Options(List<int> Cases, int Articles, int Queries, int Publishes, int Seed, string? Markdown);

    /// <summary>The options, or null when they do not parse (an unknown flag, a missing or non-positive number).</summary>
    private static Options? Parse(string[] args)
    {
        var options = new Options([], 5_000, 500, 0, 42, null);
        var queue = new Queue<string>(args);
        string? Take() => queue.TryDequeue(out var value) ? value : null;
        while (Take() is { } flag)
        {
            switch (flag)
            {
                case "--cases" when queue.TryPeek(out var first) && Positive(first) is not null:
                    while (queue.TryPeek(out var next) && Positive(next) is { } cases)
                    {
                        options.Cases.Add(cases);
                        queue.Dequeue();
                    }

                    break;
                case "--articles" when Positive(Take()) is { } articles:
                    options = options with { Articles = articles };
                    break;
                case "--queries" when Positive(Take()) is { } queries:
                    options = options with { Queries = queries };
                    break;
                case "--publishes" when int.TryParse(Take(), NumberStyles.None, CultureInfo.InvariantCulture, out var publishes):
                    options = options with { Publishes = publishes };
                    break;
                case "--seed" when int.TryParse(Take(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--markdown" when Take() is { } file:
                    options = options with { Markdown = file };
                    break;
                default:
                    return null;
            }
        }

        return options.Cases.Count > 0 ? options : options with { Cases = [10_000, 100_000] };
    }

    internal static int? Positive(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
