using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>createArticle / updateArticle: drafts by default, unique keys, kebab-case tags, real source cases, optimistic concurrency, Markdown kept as text.</summary>
public sealed class ArticleMutationTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string ArticleFields = "id key title body language tags status version publishedAt sourceCases { id }";

    private const string Create = $$"""
        mutation($input: CreateArticleInput!) {
          createArticle(input: $input) {
            article { {{ArticleFields}} }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field id }
              ... on DuplicateError { field }
            }
          }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateArticleInput!) {
          updateArticle(input: $input) {
            article { {{ArticleFields}} }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
              ... on ConcurrencyConflictError { expectedVersion currentVersion }
            }
          }
        }
        """;

    [Fact]
    public async Task A_new_article_is_a_version_1_draft_linked_to_its_source_case()
    {
        var caseId = await AnyRequestIdAsync();

        var data = await server.GraphQL.DataAsync(Create, new { input = Input("kb-test-new-draft", sourceCaseIds: [caseId]) });

        var article = ShouldSucceed(data["createArticle"], "article");
        Assert.Equal("DRAFT", article["status"].Text());
        Assert.Equal(1, article["version"].Int());
        Assert.Null(article["publishedAt"]);
        Assert.Equal(["batch-upload", "commons"], article["tags"].Items().Select(t => t.Text()));
        Assert.Equal([caseId], article["sourceCases"].Items().Select(c => c["id"].Text()));
    }

    [Fact]
    public async Task A_taken_key_is_a_duplicate()
    {
        var data = await server.GraphQL.DataAsync(Create, new { input = Input("kb-pattypan-batch-uploads") });

        ShouldFailWith(data["createArticle"], "article", new PayloadError("DUPLICATE", "input.key"));
    }

    [Fact]
    public async Task Of_clients_creating_the_same_key_at_once_one_wins_and_the_others_get_a_duplicate()
    {
        // All may pass the uniqueness check before any inserts; the losers must still hear DUPLICATE.
        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(_ =>
            server.GraphQL.SendAsync(Create, new { input = Input("kb-test-race-key") })));

        Assert.All(responses, r => Assert.True(r.Errors is null, r.Body));
        var payloads = responses.Select(r => r.Data!["createArticle"]!).ToList();
        Assert.Single(payloads, p => p["errors"] is null);
        Assert.All(payloads.Where(p => p["errors"] is not null), p => ShouldFailWith(p, "article", new PayloadError("DUPLICATE", "input.key")));
    }

    [Fact]
    public async Task Tags_must_be_kebab_case_and_each_bad_one_is_named()
    {
        var input = Input("kb-test-bad-tags");
        input["tags"] = new JsonArray("batch-upload", "Batch Upload", "snake_case", "trailing-", "UPPER");

        var data = await server.GraphQL.DataAsync(Create, new { input });

        ShouldFailWith(data["createArticle"], "article",
            new("VALIDATION_FAILED", "input.tags[1]"),
            new("VALIDATION_FAILED", "input.tags[2]"),
            new("VALIDATION_FAILED", "input.tags[3]"),
            new("VALIDATION_FAILED", "input.tags[4]"));
        Assert.Equal(0, await ArticleCountAsync("kb-test-bad-tags"));
    }

    [Fact]
    public async Task A_source_case_id_of_another_node_type_is_not_found()
    {
        var caseId = await AnyRequestIdAsync();
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);

        var data = await server.GraphQL.DataAsync(Create, new { input = Input("kb-test-wrong-source", sourceCaseIds: [caseId, affiliateId]) });

        ShouldFailWith(data["createArticle"], "article", new PayloadError("NOT_FOUND", "input.sourceCaseIds[1]"));
        Assert.Equal(affiliateId, data["createArticle"]!["errors"]![0]!["id"].Text());
        Assert.Equal(0, await ArticleCountAsync("kb-test-wrong-source"));
    }

    [Fact]
    public async Task An_unknown_source_case_is_not_found_at_its_index()
    {
        // A client finds the bad entry by its path, so unknown and wrong-type IDs must both carry the index.
        var caseId = await AnyRequestIdAsync();

        var data = await server.GraphQL.DataAsync(Create, new { input = Input("kb-test-unknown-source", sourceCaseIds: [caseId, SeedLookups.UnknownId("HelpRequest")]) });

        ShouldFailWith(data["createArticle"], "article", new PayloadError("NOT_FOUND", "input.sourceCaseIds[1]"));
    }

    [Fact]
    public async Task Publishing_sets_published_at_once_and_later_edits_keep_it()
    {
        var article = await CreateAsync("kb-test-publish");

        var published = ShouldSucceed((await server.GraphQL.DataAsync(Update, new { input = new { id = article, expectedVersion = 1, status = "PUBLISHED" } }))["updateArticle"], "article");

        Assert.Equal("PUBLISHED", published["status"].Text());
        Assert.Equal(2, published["version"].Int());
        var publishedAt = published["publishedAt"].Text();

        var edited = ShouldSucceed((await server.GraphQL.DataAsync(Update, new { input = new { id = article, expectedVersion = 2, title = "A better title" } }))["updateArticle"], "article");

        Assert.Equal(3, edited["version"].Int());
        Assert.Equal(publishedAt, edited["publishedAt"].Text());
    }

    [Fact]
    public async Task An_article_created_as_published_has_a_publication_time()
    {
        var input = Input("kb-test-created-published");
        input["status"] = "PUBLISHED";

        var article = ShouldSucceed((await server.GraphQL.DataAsync(Create, new { input }))["createArticle"], "article");

        Assert.Equal("PUBLISHED", article["status"].Text());
        Assert.NotNull(article["publishedAt"]);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_that_changes_nothing()
    {
        var article = await CreateAsync("kb-test-conflict");
        await server.GraphQL.DataAsync(Update, new { input = new { id = article, expectedVersion = 1, title = "Saved first" } });

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = article, expectedVersion = 1, title = "Saved from a stale copy", status = "PUBLISHED" } });

        ShouldFailWith(data["updateArticle"], "article", new PayloadError("CONCURRENCY_CONFLICT", null));
        var conflict = data["updateArticle"]!["errors"]![0]!;
        Assert.Equal(1, conflict["expectedVersion"].Int());
        Assert.Equal(2, conflict["currentVersion"].Int());
        var stored = await ReadBackAsync(article);
        Assert.Equal("Saved first", stored["title"].Text());
        Assert.Equal("DRAFT", stored["status"].Text());
        Assert.Equal(2, stored["version"].Int());
    }

    [Fact]
    public async Task Markdown_with_script_tags_is_stored_and_returned_verbatim()
    {
        // The server stores Markdown as text and never renders or rewrites it; sanitising is the client's job.
        const string body = "# Batch uploads\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) & <img src=x onerror=alert(1)>";
        var input = Input("kb-test-script-body");
        input["body"] = body;

        var created = ShouldSucceed((await server.GraphQL.DataAsync(Create, new { input }))["createArticle"], "article");

        Assert.Equal(body, created["body"].Text());
        Assert.Equal(body, (await ReadBackAsync(created["id"].Text()))["body"].Text());
    }

    [Fact]
    public async Task Leading_indentation_of_markdown_is_kept()
    {
        // Four leading spaces make a code block; trimming them would change what the article says.
        const string body = "    pattypan --dry-run batch.xls\n\nRun the dry run above before every upload.";
        var input = Input("kb-test-indented-body");
        input["body"] = body;

        var created = ShouldSucceed((await server.GraphQL.DataAsync(Create, new { input }))["createArticle"], "article");

        Assert.Equal(body, created["body"].Text());
    }

    private static JsonObject Input(string key, string[]? sourceCaseIds = null)
    {
        var input = new JsonObject
        {
            ["key"] = key,
            ["title"] = "Preparing a batch upload",
            ["body"] = "Start with a spreadsheet of the files and their metadata.",
            ["language"] = "en",
            ["tags"] = new JsonArray("batch-upload", "commons"),
        };
        if (sourceCaseIds is not null)
        {
            input["sourceCaseIds"] = new JsonArray(sourceCaseIds.Select(id => (JsonNode?)id).ToArray());
        }

        return input;
    }

    private async Task<string> CreateAsync(string key) =>
        ShouldSucceed((await server.GraphQL.DataAsync(Create, new { input = Input(key) }))["createArticle"], "article")["id"].Text();

    private async Task<JsonNode> ReadBackAsync(string id) =>
        (await server.GraphQL.DataAsync($$"""query($id: ID!) { node(id: $id) { ... on KnowledgeArticle { {{ArticleFields}} } } }""", new { id }))["node"]!;

    private async Task<string> AnyRequestIdAsync() =>
        (await server.GraphQL.DataAsync("{ requests(first: 1) { nodes { id } } }"))["requests"]!["nodes"].Items().Single()["id"].Text();

    private async Task<int> ArticleCountAsync(string key) =>
        (await server.GraphQL.DataAsync("query($key: String!) { articles(where: { key: { eq: $key } }) { totalCount } }", new { key }))["articles"]!["totalCount"].Int();
}
