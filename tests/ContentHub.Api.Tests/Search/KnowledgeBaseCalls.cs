using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Search;

/// <summary>The knowledge-base operations the search tests send: searchKnowledgeBase, createArticle and updateArticle.</summary>
internal static class KnowledgeBaseCalls
{
    private const string Search = """
        query($query: String!, $language: String, $tags: [String!], $status: ArticleStatus, $first: Int, $after: String) {
          searchKnowledgeBase(query: $query, language: $language, tags: $tags, status: $status, first: $first, after: $after) {
            totalCount
            readAsPlainWords
            pageInfo { hasNextPage endCursor }
            tagCounts { tag count }
            edges { cursor node { score article { id key title language tags status } } }
          }
        }
        """;

    // Snippets cost a lot of the complexity budget (each nested list counts as a full page), so only
    // small pages ask for them.
    private const string SearchWithSnippets = """
        query($query: String!, $language: String, $first: Int) {
          searchKnowledgeBase(query: $query, language: $language, first: $first) {
            edges { node { article { key title body } snippets { text highlights { start length } } } }
          }
        }
        """;

    private const string Create = """
        mutation($input: CreateArticleInput!) {
          createArticle(input: $input) { article { id version } errors { ... on Error { code message } } }
        }
        """;

    private const string Update = """
        mutation($input: UpdateArticleInput!) {
          updateArticle(input: $input) { article { id version } errors { ... on Error { code message } } }
        }
        """;

    /// <summary>One search; <c>null</c> arguments are left to the server's defaults.</summary>
    public static async Task<JsonNode> SearchAsync(
        this GraphQLClient graphQL, string query, string? language = null, string[]? tags = null, string? status = null, int? first = null, string? after = null) =>
        (await graphQL.DataAsync(Search, new { query, language, tags, status, first, after }))["searchKnowledgeBase"]!;

    public static async Task<JsonNode> SearchWithSnippetsAsync(this GraphQLClient graphQL, string query, string language, int first = 5) =>
        (await graphQL.DataAsync(SearchWithSnippets, new { query, language, first }))["searchKnowledgeBase"]!;

    public static IReadOnlyList<JsonNode> Hits(this JsonNode connection) => connection["edges"].Items().Select(e => e["node"]!).ToList();

    public static IReadOnlyList<string> ArticleIds(this JsonNode connection) => connection.Hits().Select(h => h["article"]!["id"].Text()).ToList();

    public static IReadOnlyList<string> ArticleKeys(this JsonNode connection) => connection.Hits().Select(h => h["article"]!["key"].Text()).ToList();

    public static IReadOnlyList<string> Tags(this JsonNode hit) => hit["article"]!["tags"].Items().Select(t => t.Text()).ToList();

    public static Dictionary<string, int> TagCounts(this JsonNode connection) =>
        connection["tagCounts"].Items().ToDictionary(t => t["tag"].Text(), t => t["count"].Int());

    /// <summary>Creates an article and returns its ID.</summary>
    public static async Task<string> CreateArticleAsync(
        this GraphQLClient graphQL, string key, string body, string status, string language = "en", string[]? tags = null, string? title = null)
    {
        var input = new JsonObject
        {
            ["key"] = key,
            ["title"] = title ?? "Notes for the search tests",
            ["body"] = body,
            ["language"] = language,
            ["tags"] = new JsonArray((tags ?? ["tools"]).Select(t => (JsonNode?)t).ToArray()),
            ["status"] = status,
        };
        var data = await graphQL.DataAsync(Create, new { input });
        return ShouldSucceed(data["createArticle"], "article")["id"].Text();
    }

    public static async Task UpdateArticleBodyAsync(this GraphQLClient graphQL, string id, int expectedVersion, string body)
    {
        var data = await graphQL.DataAsync(Update, new { input = new { id, expectedVersion, body } });
        ShouldSucceed(data["updateArticle"], "article");
    }
}
