namespace ContentHub.Search.Evaluation;

/// <summary>Ranks the whole loaded corpus for a query: corpus ids, best first, at most <c>depth</c>.</summary>
public interface IQueryRanker : IDisposable
{
    IReadOnlyList<string> Rank(BeirText query, int depth);
}
