namespace ContentHub.Search.Evaluation;

/// <summary>One ranker's answer to one query, and its scores.</summary>
public sealed record RankerOutcome(IReadOnlyList<string> Ranking, double Ndcg10, double AveragePrecision100, double Recall10);

/// <summary>How both rankers did on one query.</summary>
public sealed record QueryOutcome(string QueryId, int Relevant, RankerOutcome Baseline, RankerOutcome ContentHub);

/// <summary>How long a ranker took to index the corpus, and to rank every evaluated query.</summary>
public sealed record RankerTime(TimeSpan Indexing, TimeSpan Ranking);

/// <summary>A measure averaged over the evaluated queries, for both rankers.</summary>
public sealed record MetricSummary(string Metric, double Baseline, double ContentHub)
{
    /// <summary>ContentHub over the baseline; null when the baseline scored 0.</summary>
    public double? Ratio => Baseline == 0 ? null : ContentHub / Baseline;
}

/// <summary>The result of a similar-case evaluation: the averages, and each evaluated query.</summary>
public sealed record EvaluationReport(int Documents, int Queries, IReadOnlyList<QueryOutcome> Evaluated, RankerTime BaselineTime, RankerTime ContentHubTime)
{
    public IReadOnlyList<MetricSummary> Metrics =>
    [
        Summary("nDCG@10", o => o.Ndcg10),
        Summary("MAP@100", o => o.AveragePrecision100),
        Summary("Recall@10", o => o.Recall10),
    ];

    private MetricSummary Summary(string metric, Func<RankerOutcome, double> measure) => new(
        metric,
        Evaluated.Count == 0 ? 0 : Evaluated.Average(q => measure(q.Baseline)),
        Evaluated.Count == 0 ? 0 : Evaluated.Average(q => measure(q.ContentHub)));
}
