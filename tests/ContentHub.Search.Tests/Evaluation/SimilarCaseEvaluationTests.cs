using System.Text.Json;
using ContentHub.Search.Evaluation;

namespace ContentHub.Search.Tests.Evaluation;

/// <summary>The whole evaluation, both rankers included, on a BEIR folder small enough to reason about.</summary>
public sealed class SimilarCaseEvaluationTests
{
    [Fact]
    public void BothRankersPutTheObviousMatchFirstAndEveryMeasureIsAShare()
    {
        using var folder = new TinyBeirFolder();

        var report = SimilarCaseEvaluation.Run(BeirDataset.Load(folder.Path), "en");

        Assert.Equal(5, report.Documents);
        Assert.Equal(["Q1", "Q2"], report.Evaluated.Select(q => q.QueryId));
        var expectedFirst = new Dictionary<string, string> { ["Q1"] = "D1", ["Q2"] = "D3" };
        foreach (var query in report.Evaluated)
        {
            Assert.Equal(expectedFirst[query.QueryId], query.Baseline.Ranking[0]);
            Assert.Equal(expectedFirst[query.QueryId], query.ContentHub.Ranking[0]);
        }

        foreach (var metric in report.Metrics)
        {
            Assert.InRange(metric.Baseline, 0, 1);
            Assert.InRange(metric.ContentHub, 0, 1);
        }

        // One relevant document each, found first: every measure is 1 for both rankers.
        Assert.All(report.Metrics, m => Assert.Equal((1.0, 1.0), (m.Baseline, m.ContentHub)));
    }

    [Fact]
    public void AQueryWithoutARelevantJudgementIsLeftOutOfTheAverages()
    {
        using var folder = new TinyBeirFolder(withUnjudgedQuery: true);

        var report = SimilarCaseEvaluation.Run(BeirDataset.Load(folder.Path), "en");

        Assert.Equal(3, report.Queries);
        Assert.Equal(["Q1", "Q2"], report.Evaluated.Select(q => q.QueryId));
    }

    [Fact]
    public void TheJsonReportCarriesTheSameFiguresAsTheReport()
    {
        using var folder = new TinyBeirFolder(withUnjudgedQuery: true);
        var report = SimilarCaseEvaluation.Run(BeirDataset.Load(folder.Path), "en");

        using var json = JsonDocument.Parse(EvaluationReportWriter.Json(report, perQuery: false));

        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("queries").GetInt32());
        Assert.Equal(2, root.GetProperty("evaluatedQueries").GetInt32());
        Assert.Equal(
            report.Metrics.Select(m => (m.Metric, m.Baseline, m.ContentHub)),
            root.GetProperty("metrics").EnumerateArray().Select(m => (m.GetProperty("metric").GetString()!, m.GetProperty("baseline").GetDouble(), m.GetProperty("contentHub").GetDouble())));
        Assert.Contains("Recall@10", EvaluationReportWriter.Table(report, perQuery: false), StringComparison.Ordinal);
    }
}
