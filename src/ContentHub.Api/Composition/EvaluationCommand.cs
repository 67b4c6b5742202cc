using System.Globalization;
using ContentHub.Search.Evaluation;
using ContentHub.Search.Evaluation.Experts;

namespace ContentHub.Api.Composition;

/// <summary>
/// <c>contenthub eval similar --dataset DIR [--language CODE] [--json] [--per-query]</c>: measures the
/// similar-case ranker against plain BM25 on a BEIR folder. The report goes to stdout; timings go
/// to stderr, so the report of two runs can be compared.
/// <c>contenthub eval experts --dataset DIR</c>: replays resolved cases and measures the expert
/// matcher against the most-active-resolver and BM25-profile baselines.
/// </summary>
public static class EvaluationCommand
{
    private const string Usage = "usage: contenthub eval similar --dataset DIR [--language CODE (default en)] [--json] [--per-query]\n" +
        "       contenthub eval experts --dataset DIR";

    public static Task<int> RunAsync(string[] args)
    {
        if (args is ["experts", "--dataset", var folder])
        {
            return Task.FromResult(Experts(folder));
        }

        if (args is not ["similar", .. var options] || !TryParse(options, out var dataset, out var language, out var json, out var perQuery))
        {
            Console.Error.WriteLine(Usage);
            return Task.FromResult(2);
        }

        BeirDataset data;
        try
        {
            data = BeirDataset.Load(dataset);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"Cannot read the dataset in {dataset}: {error.Message}");
            return Task.FromResult(1);
        }

        var report = SimilarCaseEvaluation.Run(data, language);
        Console.Write(json ? EvaluationReportWriter.Json(report, perQuery) : EvaluationReportWriter.Table(report, perQuery));
        Console.Error.WriteLine(Timing("baseline", report.BaselineTime, report));
        Console.Error.WriteLine(Timing("ContentHub", report.ContentHubTime, report));
        return Task.FromResult(0);
    }

    private static int Experts(string folder)
    {
        IReadOnlyList<ResolvedCaseRecord> cases;
        try
        {
            cases = ResolvedCaseLog.Load(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or FormatException)
        {
            Console.Error.WriteLine($"Cannot read the dataset in {folder}: {error.Message}");
            return 1;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = ExpertEvaluation.Run(cases);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Expert matching: {report.Cases} cases replayed in time order; the last {report.Evaluated} ranked, {report.UnseenResolvers} of them with a resolver never seen before (a miss for every ranker)."));
        Console.WriteLine();
        Console.WriteLine($"{"ranker",-14} {"MRR",7} {"P@1",7} {"Recall@5",9}");
        foreach (var result in report.Results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Ranker,-14} {result.Mrr,7:F4} {result.PrecisionAt1,7:F4} {result.RecallAt5,9:F4}"));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replayed in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static string Timing(string ranker, RankerTime time, EvaluationReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{ranker}: indexed {report.Documents} documents in {time.Indexing.TotalSeconds:F2} s; ranked {report.Evaluated.Count} queries in {time.Ranking.TotalSeconds:F2} s ({time.Ranking.TotalMilliseconds / Math.Max(report.Evaluated.Count, 1):F1} ms a query).");

    private static bool TryParse(string[] options, out string dataset, out string language, out bool json, out bool perQuery)
    {
        (dataset, language, json, perQuery) = ("", "en", false, false);
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--dataset" when i + 1 < options.Length:
                    dataset = options[++i];
                    break;
                case "--language" when i + 1 < options.Length:
                    language = options[++i];
                    break;
                case "--json":
                    json = true;
                    break;
                case "--per-query":
                    perQuery = true;
                    break;
                default:
                    return false;
            }
        }

        return dataset.Length > 0;
    }
}
