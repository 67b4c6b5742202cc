namespace ContentHub.Search.Evaluation;

/// <summary>
/// The ranking measures of the evaluation protocol, as trec_eval (and so BEIR) computes them.
/// A ranking lists document ids best first; judgements map judged ids to grades, and a document
/// is relevant when its grade is above 0. Unjudged documents count as not relevant. A document
/// listed twice counts once, at its first place, so no measure can exceed 1.
/// </summary>
public static class RankingMetrics
{
    /// <summary>
    /// Normalised discounted cumulative gain: the grade of the document at place i (from 1) is
    /// discounted by log2(i + 1), summed over the first <paramref name="k"/> places, and divided by
    /// the same sum for the best possible ranking of every judged document.
    /// </summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        var ideal = judgements.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k)
            .Select((grade, index) => Discounted(grade, index)).Sum();
        if (ideal == 0)
        {
            return 0;
        }

        var actual = Distinct(ranking).Take(k).Select((id, index) => Discounted(Grade(judgements, id), index)).Sum();
        return actual / ideal;
    }

    /// <summary>
    /// Average precision over the first <paramref name="k"/> places: the precision at each place
    /// holding a relevant document, summed and divided by the number of relevant documents
    /// judged (not only those within reach of k, as trec_eval's <c>map_cut</c>).
    /// </summary>
    public static double AveragePrecisionAt(int k, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        var relevant = RelevantCount(judgements);
        if (relevant == 0)
        {
            return 0;
        }

        var found = 0;
        var sum = 0.0;
        foreach (var (id, index) in Distinct(ranking).Take(k).Select((id, index) => (id, index)))
        {
            if (Grade(judgements, id) > 0)
            {
                found++;
                sum += (double)found / (index + 1);
            }
        }

        return sum / relevant;
    }

    /// <summary>The share of the relevant documents judged that are among the first <paramref name="k"/> places.</summary>
    public static double RecallAt(int k, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        var relevant = RelevantCount(judgements);
        return relevant == 0 ? 0 : (double)Distinct(ranking).Take(k).Count(id => Grade(judgements, id) > 0) / relevant;
    }

    public static int RelevantCount(IReadOnlyDictionary<string, int> judgements) => judgements.Values.Count(g => g > 0);

    private static double Discounted(int grade, int index) => Math.Max(grade, 0) / Math.Log2(index + 2);

    private static int Grade(IReadOnlyDictionary<string, int> judgements, string id) =>
        judgements.TryGetValue(id, out var grade) ? grade : 0;

    // Enumerable.Distinct does not promise to keep the order, which is the whole point here.
    private static IEnumerable<string> Distinct(IReadOnlyList<string> ranking)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ranking.Where(seen.Add);
    }
}
