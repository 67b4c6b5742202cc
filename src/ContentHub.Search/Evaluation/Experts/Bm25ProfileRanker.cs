namespace ContentHub.Search.Evaluation.Experts;

/// <summary>
/// Baseline: each resolver's profile is all the text of the cases they resolved so far, as one
/// document; plain BM25 (<see cref="Bm25BaselineRanker"/>) ranks those profiles for the request.
/// Resolvers the request's words do not reach follow in no particular order (by name).
/// </summary>
public sealed class Bm25ProfileRanker : IExpertRanker
{
    private readonly Dictionary<string, List<string>> texts = new(StringComparer.Ordinal);

    public string Name => "BM25 profiles";

    public IReadOnlyList<string> Rank(ResolvedCaseRecord request, IReadOnlyList<string> candidates)
    {
        using var profiles = new Bm25BaselineRanker(candidates.Select(c => new BeirText(c, "", string.Join("\n", texts.GetValueOrDefault(c) ?? []))));
        var ranked = profiles.Rank(new BeirText(request.Id, request.Title, request.Text), candidates.Count);
        return ranked.Concat(candidates.Except(ranked).Order(StringComparer.Ordinal)).ToList();
    }

    public void Learn(ResolvedCaseRecord resolved)
    {
        if (!texts.TryGetValue(resolved.Resolver, out var list))
        {
            texts[resolved.Resolver] = list = [];
        }

        list.Add(resolved.Title + "\n" + resolved.Text);
    }

    public void Dispose()
    {
    }
}
