using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Search;

/// <summary>What clients see of an index: the IDs, in order, of a fixed set of searches, similar cases and suggestions.</summary>
internal static class SearchResultsRecord
{
    public static async Task<IReadOnlyList<string>> RecordAsync(GraphQLClient graphQL, params string[] extraQueries)
    {
        var lines = new List<string>();
        foreach (var (query, language) in new (string, string?)[] { ("Pattypan", "en"), ("copyright photographs", null), ("Wikidata", "sv"), ("mappar", "sv") }
                     .Concat(extraQueries.Select(q => (q, (string?)null))))
        {
            lines.Add($"search '{query}' ({language ?? "any"}): {Join((await graphQL.SearchAsync(query, language, first: 20)).ArticleIds())}");
        }

        var seeded = await graphQL.RequestIdByTitleAsync(SeededCaseParaphrases.GlassPlateNegatives.SeededTitle);
        lines.Add($"similar cases: {Join((await graphQL.SimilarCasesAsync(seeded, first: 10)).Select(c => c.Id))}");
        lines.Add($"suggested articles: {Join((await graphQL.SuggestedArticlesAsync(seeded, first: 10)).Select(a => a.Id))}");
        var (cases, articles) = await graphQL.SuggestForDraftAsync(SeededCaseParaphrases.PattypanLargeTiffs.Paraphrase, first: 10);
        lines.Add($"draft cases: {Join(cases.Select(c => c.Id))}");
        lines.Add($"draft articles: {Join(articles.Select(a => a.Id))}");
        return lines;
    }

    private static string Join(IEnumerable<string> ids) => string.Join(", ", ids);
}
