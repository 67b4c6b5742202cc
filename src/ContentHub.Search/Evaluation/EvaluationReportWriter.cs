using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContentHub.Search.Evaluation;

/// <summary>
/// Prints an <see cref="EvaluationReport"/> as a table or as JSON. Timings are left out: the output
/// depends only on the data and the code, so two runs can be compared byte for byte.
/// </summary>
public static class EvaluationReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Table(EvaluationReport report, bool perQuery)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Similar cases: {report.Documents} documents, {report.Queries} queries, {report.Evaluated.Count} evaluated (at least one relevant judgement); whole corpus ranked to depth {SimilarCaseEvaluation.Depth}.");
        text.AppendLine();
        text.AppendLine(Invariant, $"{"metric",-10} {"baseline",9} {"ContentHub",11} {"ratio",7}");
        foreach (var metric in report.Metrics)
        {
            text.AppendLine(Invariant, $"{metric.Metric,-10} {metric.Baseline,9:F4} {metric.ContentHub,11:F4} {(metric.Ratio is { } r ? r.ToString("F3", Invariant) : "n/a"),7}");
        }

        if (perQuery)
        {
            text.AppendLine();
            text.AppendLine(Invariant, $"{"query",-12} {"relevant",8} {"nDCG@10 base",12} {"nDCG@10 CH",10} {"AP@100 base",11} {"AP@100 CH",9} {"hits CH",7}");
            foreach (var query in report.Evaluated)
            {
                text.AppendLine(Invariant, $"{query.QueryId,-12} {query.Relevant,8} {query.Baseline.Ndcg10,12:F4} {query.ContentHub.Ndcg10,10:F4} {query.Baseline.AveragePrecision100,11:F4} {query.ContentHub.AveragePrecision100,9:F4} {query.ContentHub.Ranking.Count,7}");
            }
        }

        return text.ToString();
    }

    public static string Json(EvaluationReport report, bool perQuery)
    {
        var output = new Dictionary<string, object?>
        {
            ["documents"] = report.Documents,
            ["queries"] = report.Queries,
            ["evaluatedQueries"] = report.Evaluated.Count,
            ["depth"] = SimilarCaseEvaluation.Depth,
            ["metrics"] = report.Metrics.Select(m => new { metric = m.Metric, baseline = m.Baseline, contentHub = m.ContentHub, ratio = m.Ratio }),
        };
        if (perQuery)
        {
            output["perQuery"] = report.Evaluated.Select(q => new
            {
                queryId = q.QueryId,
                relevant = q.Relevant,
                baseline = Scores(q.Baseline),
                contentHub = Scores(q.ContentHub),
            });
        }

        return JsonSerializer.Serialize(output, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static object Scores(RankerOutcome outcome) => new
    {
        ndcg10 = outcome.Ndcg10,
        ap100 = outcome.AveragePrecision100,
        recall10 = outcome.Recall10,
        ranking = outcome.Ranking,
    };
}
