using ContentHub.Search.Evaluation;

namespace ContentHub.Search.Tests.Evaluation;

/// <summary>Free text reaches the classic query parser; these are the texts that would trip it.</summary>
public sealed class Bm25BaselineRankerTests
{
    private static readonly BeirText[] Corpus =
    [
        new("car", "Cheap car rental", "I need a car for one month."),
        new("bank", "Bank account", "Which bank pays interest on a salary account?"),
    ];

    [Theory]
    [InlineData("Car rental AND")]                   // an operator with nothing after it fails to parse
    [InlineData("NOT car rental")]                   // would forbid "car"
    [InlineData("car: (rental) [month] {cheap} ~2 * ? \"quote\" a/b \\ ^ ! && ||")]
    public void QuerySyntaxInTheTextIsSearchedForAsWords(string title)
    {
        using var ranker = new Bm25BaselineRanker(Corpus);

        Assert.Equal("car", ranker.Rank(new BeirText("q", title, ""), 10)[0]);
    }

    [Fact]
    public void AQueryLongerThanTheClauseLimitIsSearchedWhole()
    {
        using var ranker = new Bm25BaselineRanker(Corpus);
        // 1,500 distinct words, more than the default 1,024 clauses; the one that matches is last.
        var text = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"word{i}")) + " salary";

        Assert.Equal(["bank"], ranker.Rank(new BeirText("q", "", text), 10));
    }

    [Fact]
    public void AQueryOfOnlyStopWordsFindsNothing()
    {
        using var ranker = new Bm25BaselineRanker(Corpus);

        Assert.Empty(ranker.Rank(new BeirText("q", "the", "and of a"), 10));
    }
}
