namespace ContentHub.Search.Evaluation.Experts;

/// <summary>How one ranker did over the evaluated cases.</summary>
public sealed record ExpertRankerResult(string Ranker, double Mrr, double PrecisionAt1, double RecallAt5);

public sealed record ExpertEvaluationReport(int Cases, int Evaluated, int UnseenResolvers, IReadOnlyList<ExpertRankerResult> Results);

/// <summary>
/// The expert protocol (see <c>eval/README.md</c>): cases are replayed oldest first; each case in
/// the last 30 % is ranked before any ranker learns it, over every resolver seen before it. The
/// true resolver's reciprocal rank, place 1 and place within 5 are averaged over those cases; a
/// case whose resolver was never seen before counts as a miss for every ranker.
/// </summary>
public static class ExpertEvaluation
{
    public const double HeldOutShare = 0.3;

    public static ExpertEvaluationReport Run(IReadOnlyList<ResolvedCaseRecord> cases)
    {
        IExpertRanker[] rankers = [new MostActiveRanker(), new Bm25ProfileRanker(), new ExpertMatcherRanker()];
        try
        {
            var firstEvaluated = (int)Math.Floor(cases.Count * (1 - HeldOutShare));
            var seen = new List<string>();
            var reciprocal = new double[rankers.Length];
            var atOne = new int[rankers.Length];
            var withinFive = new int[rankers.Length];
            var unseen = 0;
            for (var i = 0; i < cases.Count; i++)
            {
                var current = cases[i];
                if (i >= firstEvaluated)
                {
                    if (!seen.Contains(current.Resolver))
                    {
                        unseen++;
                    }
                    else
                    {
                        for (var r = 0; r < rankers.Length; r++)
                        {
                            var place = rankers[r].Rank(current, seen).ToList().IndexOf(current.Resolver) + 1;
                            reciprocal[r] += place > 0 ? 1.0 / place : 0;
                            atOne[r] += place == 1 ? 1 : 0;
                            withinFive[r] += place is > 0 and <= 5 ? 1 : 0;
                        }
                    }
                }

                foreach (var ranker in rankers)
                {
                    ranker.Learn(current);
                }

                if (!seen.Contains(current.Resolver))
                {
                    seen.Add(current.Resolver);
                }
            }

            var evaluated = Math.Max(cases.Count - firstEvaluated, 1);
            return new ExpertEvaluationReport(cases.Count, cases.Count - firstEvaluated, unseen, rankers
                .Select((ranker, r) => new ExpertRankerResult(ranker.Name, reciprocal[r] / evaluated, (double)atOne[r] / evaluated, (double)withinFive[r] / evaluated))
                .ToList());
        }
        finally
        {
            foreach (var ranker in rankers)
            {
                ranker.Dispose();
            }
        }
    }
}
