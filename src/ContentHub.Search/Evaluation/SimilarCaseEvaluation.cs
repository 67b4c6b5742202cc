using System.Diagnostics;

namespace ContentHub.Search.Evaluation;

/// <summary>
/// The similar-case protocol (see <c>eval/README.md</c>): both rankers rank the whole corpus for
/// every query that has at least one relevant judgement, to depth 100, and each query is scored
/// by nDCG@10 (graded gains), AP@100 and Recall@10; the report averages them over those queries.
/// </summary>
public static class SimilarCaseEvaluation
{
    public const int Depth = 100;
    public const int Cutoff = 10;

    public static EvaluationReport Run(BeirDataset dataset, string language)
    {
        var evaluated = dataset.Queries.Where(q => RankingMetrics.RelevantCount(dataset.JudgementsOf(q.Id)) > 0).ToList();

        var (baselineRankings, baselineTime) = RankAll(() => new Bm25BaselineRanker(dataset.Corpus), evaluated);
        var (contentHubRankings, contentHubTime) = RankAll(() => new SimilarCasesRanker(dataset.Corpus, language), evaluated);
        var outcomes = evaluated.Select((query, i) =>
        {
            var judgements = dataset.JudgementsOf(query.Id);
            return new QueryOutcome(query.Id, RankingMetrics.RelevantCount(judgements),
                Score(baselineRankings[i], judgements),
                Score(contentHubRankings[i], judgements));
        }).ToList();

        return new EvaluationReport(dataset.Corpus.Count, dataset.Queries.Count, outcomes, baselineTime, contentHubTime);
    }

    private static (List<IReadOnlyList<string>> Rankings, RankerTime Time) RankAll(Func<IQueryRanker> create, IReadOnlyList<BeirText> queries)
    {
        var clock = Stopwatch.StartNew();
        using var ranker = create();
        var indexing = clock.Elapsed;
        clock.Restart();
        var rankings = queries.Select(query => ranker.Rank(query, Depth)).ToList();
        return (rankings, new RankerTime(indexing, clock.Elapsed));
    }

    private static RankerOutcome Score(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements) => new(
        ranking,
        RankingMetrics.NdcgAt(Cutoff, ranking, judgements),
        RankingMetrics.AveragePrecisionAt(Depth, ranking, judgements),
        RankingMetrics.RecallAt(Cutoff, ranking, judgements));
}
