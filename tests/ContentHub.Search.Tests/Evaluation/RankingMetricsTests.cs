using ContentHub.Search.Evaluation;

namespace ContentHub.Search.Tests.Evaluation;

/// <summary>Expected values are worked out by hand in the comments, from the definitions in the protocol.</summary>
public sealed class RankingMetricsTests
{
    private const int Precision = 6;

    [Fact]
    public void NdcgDiscountsGradedGainsAndDividesByTheIdealRankingOfTheJudgements()
    {
        // a is judged not relevant, e (grade 2) was never retrieved, d is unjudged.
        var judgements = Grades(("a", 0), ("b", 2), ("c", 1), ("e", 2));

        // DCG   = 0/log2(2) + 2/log2(3) + 1/log2(4) + 0/log2(5) = 1.261860 + 0.5       = 1.761860
        // ideal = 2/log2(2) + 2/log2(3) + 1/log2(4)             = 2 + 1.261860 + 0.5   = 3.761860
        // nDCG  = 1.761860 / 3.761860 = 0.468348
        Assert.Equal(0.468348, RankingMetrics.NdcgAt(10, ["a", "b", "c", "d"], judgements), Precision);
    }

    [Fact]
    public void NdcgUsesTheGradesNotJustRelevance()
    {
        // The grade 1 document above the grade 2 one; with yes/no relevance this would be perfect.
        // DCG   = 1/log2(2) + 2/log2(3) = 1 + 1.261860 = 2.261860
        // ideal = 2/log2(2) + 1/log2(3) = 2 + 0.630930 = 2.630930
        // nDCG  = 2.261860 / 2.630930 = 0.859719
        Assert.Equal(0.859719, RankingMetrics.NdcgAt(10, ["c", "b"], Grades(("b", 2), ("c", 1))), Precision);
        Assert.Equal(1.0, RankingMetrics.NdcgAt(10, ["b", "c"], Grades(("b", 2), ("c", 1))), Precision);
    }

    [Fact]
    public void NdcgCountsOnlyTheFirstKPlacesOnBothSides()
    {
        // The only relevant document at place 11 adds nothing at 10.
        var late = Enumerable.Range(1, 10).Select(i => $"x{i}").Append("r").ToList();
        Assert.Equal(0.0, RankingMetrics.NdcgAt(10, late, Grades(("r", 1))), Precision);

        // Twelve relevant documents, all found in order: the ideal is cut at 10 too, so this is 1
        // (an uncut ideal would add 1/log2(12) + 1/log2(13) and give less).
        var twelve = Enumerable.Range(1, 12).Select(i => $"r{i}").ToList();
        Assert.Equal(1.0, RankingMetrics.NdcgAt(10, twelve, Grades(twelve.Select(id => (id, 1)).ToArray())), Precision);
    }

    [Fact]
    public void AveragePrecisionAveragesThePrecisionAtEachRelevantPlaceOverAllRelevantJudged()
    {
        // Relevant: r1, r2, r3 (r3 never retrieved); x judged 0, y unjudged.
        // Hits at place 2 (precision 1/2) and place 4 (precision 2/4): (0.5 + 0.5) / 3 = 0.333333
        var judgements = Grades(("x", 0), ("r1", 1), ("r2", 2), ("r3", 1));
        Assert.Equal(0.333333, RankingMetrics.AveragePrecisionAt(100, ["x", "r1", "y", "r2"], judgements), Precision);

        // Hits at places 1 and 3: (1/1 + 2/3) / 2 = 0.833333
        Assert.Equal(0.833333, RankingMetrics.AveragePrecisionAt(100, ["r1", "x", "r2"], Grades(("r1", 1), ("r2", 1))), Precision);
    }

    [Fact]
    public void AveragePrecisionStopsAtTheCutoff()
    {
        var ranking = Enumerable.Range(1, 100).Select(i => $"x{i}").Append("r").ToList();

        // The one relevant document at place 101 is past the cut.
        Assert.Equal(0.0, RankingMetrics.AveragePrecisionAt(100, ranking, Grades(("r", 1))), Precision);

        // At place 100 it counts: precision 1/100, over one relevant document = 0.01.
        Assert.Equal(0.01, RankingMetrics.AveragePrecisionAt(100, ranking.Skip(1).ToList(), Grades(("r", 1))), Precision);
    }

    [Fact]
    public void RecallIsTheShareOfRelevantDocumentsInTheFirstKPlaces()
    {
        // Four relevant; r1 at place 1 and r3 at place 10 are in, r2 at place 11 is not, r4 is missing: 2/4.
        var ranking = new List<string> { "r1" };
        ranking.AddRange(Enumerable.Range(1, 8).Select(i => $"x{i}"));
        ranking.AddRange(["r3", "r2"]);
        var judgements = Grades(("r1", 2), ("r2", 1), ("r3", 1), ("r4", 1), ("x1", 0));
        Assert.Equal(0.5, RankingMetrics.RecallAt(10, ranking, judgements), Precision);
    }

    [Fact]
    public void ADocumentListedTwiceCountsOnce()
    {
        var judgements = Grades(("r", 1), ("s", 1));

        // Recall: one of two relevant found = 0.5, not 2/2.
        Assert.Equal(0.5, RankingMetrics.RecallAt(10, ["r", "r"], judgements), Precision);

        // AP: one hit at place 1, over two relevant = 0.5.
        Assert.Equal(0.5, RankingMetrics.AveragePrecisionAt(100, ["r", "r"], judgements), Precision);

        // nDCG: DCG = 1/log2(2) = 1; ideal = 1 + 1/log2(3) = 1.630930; 1 / 1.630930 = 0.613147.
        Assert.Equal(0.613147, RankingMetrics.NdcgAt(10, ["r", "r"], judgements), Precision);
    }

    [Fact]
    public void AQueryWithNothingRelevantScoresZeroRatherThanDividingByZero()
    {
        var judgements = Grades(("a", 0));
        Assert.Equal(0.0, RankingMetrics.NdcgAt(10, ["a"], judgements));
        Assert.Equal(0.0, RankingMetrics.AveragePrecisionAt(100, ["a"], judgements));
        Assert.Equal(0.0, RankingMetrics.RecallAt(10, ["a"], judgements));
    }

    private static Dictionary<string, int> Grades(params (string Id, int Grade)[] grades) =>
        grades.ToDictionary(g => g.Id, g => g.Grade);
}
