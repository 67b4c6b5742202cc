namespace ContentHub.Search.Evaluation.Experts;

/// <summary>A way of ranking resolvers, replayed in time order: it learns each case only after it was ranked.</summary>
public interface IExpertRanker : IDisposable
{
    string Name { get; }

    IReadOnlyList<string> Rank(ResolvedCaseRecord request, IReadOnlyList<string> candidates);

    void Learn(ResolvedCaseRecord resolved);
}
