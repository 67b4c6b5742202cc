using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Search;

/// <summary>What a request says, for submitting it or asking for draft suggestions.</summary>
public sealed record RequestText(string Title, string Description, string Language, string[] HelpTypes, string[] Platforms, string PartnerType);

public sealed record SimilarCaseHit(string Id, string Title, string Status, string Reason);

public sealed record SuggestedArticleHit(string Id, string Key, string Status);

/// <summary>The similarity operations the search tests send: similarCases, suggestedArticles, suggestForDraft.</summary>
internal static class SimilarityCalls
{
    private const string SimilarCaseFields = "reason case { id title status }";
    private const string ArticleFields = "article { id key status }";

    /// <summary>Files a request with this text (the rest from <see cref="RequestSubmission"/>) and returns its ID.</summary>
    public static async Task<string> SubmitAsync(this GraphQLClient graphQL, RequestText text) =>
        (await RequestSubmission.SubmitAsync(graphQL, input =>
        {
            input["title"] = text.Title;
            input["description"] = text.Description;
            input["language"] = text.Language;
            input["helpTypes"] = new JsonArray(text.HelpTypes.Select(h => (JsonNode?)h).ToArray());
            input["targetPlatforms"] = new JsonArray(text.Platforms.Select(p => (JsonNode?)p).ToArray());
            input["partner"]!["type"] = text.PartnerType;
        })).Id;

    public static async Task<string> RequestIdByTitleAsync(this GraphQLClient graphQL, string title)
    {
        var data = await graphQL.DataAsync("query($title: String!) { requests(where: { title: { eq: $title } }) { nodes { id } } }", new { title });
        return data["requests"]!["nodes"].Items().Single()["id"].Text();
    }

    public static async Task<IReadOnlyList<SimilarCaseHit>> SimilarCasesAsync(this GraphQLClient graphQL, string requestId, int first = 5)
    {
        var data = await graphQL.DataAsync(
            $$"""query($id: ID!, $first: Int) { node(id: $id) { ... on HelpRequest { similarCases(first: $first) { {{SimilarCaseFields}} } } } }""",
            new { id = requestId, first });
        return data["node"]!["similarCases"].Items().Select(ToSimilarCase).ToList();
    }

    public static async Task<IReadOnlyList<SuggestedArticleHit>> SuggestedArticlesAsync(this GraphQLClient graphQL, string requestId, int first = 5)
    {
        var data = await graphQL.DataAsync(
            $$"""query($id: ID!, $first: Int) { node(id: $id) { ... on HelpRequest { suggestedArticles(first: $first) { {{ArticleFields}} } } } }""",
            new { id = requestId, first });
        return data["node"]!["suggestedArticles"].Items().Select(ToArticle).ToList();
    }

    public static async Task<(IReadOnlyList<SimilarCaseHit> Cases, IReadOnlyList<SuggestedArticleHit> Articles)> SuggestForDraftAsync(
        this GraphQLClient graphQL, RequestText text, int first = 5)
    {
        var input = new
        {
            title = text.Title,
            description = text.Description,
            language = text.Language,
            helpTypes = text.HelpTypes,
            targetPlatforms = text.Platforms,
            partnerType = text.PartnerType,
        };
        var data = await graphQL.DataAsync(
            $$"""query($input: DraftRequestInput!, $first: Int) { suggestForDraft(input: $input, first: $first) { similarCases { {{SimilarCaseFields}} } articles { {{ArticleFields}} } } }""",
            new { input, first });
        var suggestions = data["suggestForDraft"]!;
        return (suggestions["similarCases"].Items().Select(ToSimilarCase).ToList(), suggestions["articles"].Items().Select(ToArticle).ToList());
    }

    private static SimilarCaseHit ToSimilarCase(JsonNode hit) =>
        new(hit["case"]!["id"].Text(), hit["case"]!["title"].Text(), hit["case"]!["status"].Text(), hit["reason"].Text());

    private static SuggestedArticleHit ToArticle(JsonNode hit) =>
        new(hit["article"]!["id"].Text(), hit["article"]!["key"].Text(), hit["article"]!["status"].Text());
}
