using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Search;

/// <summary>resolveRequest: records the answer once, optionally as a draft article the knowledge base can find among drafts.</summary>
public sealed class ResolveRequestTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private const string Resolve = """
        mutation($input: ResolveRequestInput!) {
          resolveRequest(input: $input) {
            helpRequest { id status version resolution resolvedAt title helpTypes { key } events { kind } }
            article { id status title body language tags sourceCases { id } }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on InvalidTransitionError { from to }
              ... on ConcurrencyConflictError { expectedVersion currentVersion }
            }
          }
        }
        """;

    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Resolving_records_the_answer_in_a_new_version_with_a_resolved_event()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;

        var payload = await ResolveAsync(new { id, expectedVersion = 1, resolution = "Uploaded with Pattypan in two batches." });

        var request = ShouldSucceed(payload, "helpRequest");
        Assert.Equal("RESOLVED", request["status"].Text());
        Assert.Equal("Uploaded with Pattypan in two batches.", request["resolution"].Text());
        Assert.NotNull(request["resolvedAt"]);
        Assert.Equal(2, request["version"].Int());
        Assert.Equal(["CREATED", "RESOLVED"], request["events"].Items().Select(e => e["kind"].Text()));
        Assert.Null(payload!["article"]);
    }

    [Fact]
    public async Task Promoting_the_answer_makes_a_draft_article_linked_to_the_case_and_found_among_drafts()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;
        const string resolution = "Split the maps into two batches and describe each with the flibbertine template.";

        var payload = await ResolveAsync(new
        {
            id, expectedVersion = 1, resolution, promoteToArticle = true, articleTitle = "Uploading historical maps", articleTags = new[] { "maps", "batch-upload" },
        });

        var article = ShouldSucceed(payload, "article");
        Assert.Equal("DRAFT", article["status"].Text());
        Assert.Equal("Uploading historical maps", article["title"].Text());
        Assert.Equal(resolution, article["body"].Text());
        Assert.Equal(["batch-upload", "maps"], article["tags"].Items().Select(t => t.Text()).Order());
        Assert.Equal([id], article["sourceCases"].Items().Select(c => c["id"].Text()));
        Assert.Equal([article["id"].Text()], (await GraphQL.SearchAsync("flibbertine", status: "DRAFT")).ArticleIds());
        Assert.Empty((await GraphQL.SearchAsync("flibbertine")).ArticleIds());
    }

    [Fact]
    public async Task A_promoted_article_takes_the_cases_title_and_help_types_unless_told_otherwise()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;

        var payload = await ResolveAsync(new { id, expectedVersion = 1, resolution = "Answered with the map upload guide.", promoteToArticle = true });

        var request = ShouldSucceed(payload, "helpRequest");
        var article = payload!["article"]!;
        Assert.Equal(request["title"].Text(), article["title"].Text());
        Assert.Equal(request["helpTypes"].Items().Select(h => h["key"].Text()).Order(), article["tags"].Items().Select(t => t.Text()).Order());
    }

    [Fact]
    public async Task Resolving_a_resolved_case_is_an_invalid_transition_that_changes_nothing()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;
        ShouldSucceed(await ResolveAsync(new { id, expectedVersion = 1, resolution = "The first answer." }), "helpRequest");

        var payload = await ResolveAsync(new { id, expectedVersion = 2, resolution = "A second answer." });

        ShouldFailWith(payload, "helpRequest", new PayloadError("INVALID_TRANSITION", null));
        var stored = await ReadBackAsync(id);
        Assert.Equal("The first answer.", stored["resolution"].Text());
        Assert.Equal(2, stored["version"].Int());
    }

    [Fact]
    public async Task An_invalid_transition_names_the_statuses_as_RequestStatus_does()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;
        ShouldSucceed(await ResolveAsync(new { id, expectedVersion = 1, resolution = "The first answer." }), "helpRequest");

        var error = (await ResolveAsync(new { id, expectedVersion = 2, resolution = "A second answer." }))!["errors"]![0]!;

        Assert.Equal("RESOLVED", error["from"].Text());
        Assert.Equal("RESOLVED", error["to"].Text());
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_that_resolves_nothing()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;
        var edit = await GraphQL.DataAsync(
            "mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { helpRequest { version } } }",
            new { input = new { id, expectedVersion = 1, title = "Batch upload of 300 historical maps (edited)" } });
        Assert.Equal(2, edit["updateRequest"]!["helpRequest"]!["version"].Int());
        var articlesBefore = await ArticleCountAsync();

        var payload = await ResolveAsync(new { id, expectedVersion = 1, resolution = "Too late.", promoteToArticle = true });

        ShouldFailWith(payload, "helpRequest", new PayloadError("CONCURRENCY_CONFLICT", null));
        Assert.Equal(1, payload!["errors"]![0]!["expectedVersion"].Int());
        Assert.Equal(2, payload["errors"]![0]!["currentVersion"].Int());
        var stored = await ReadBackAsync(id);
        Assert.Equal("SUBMITTED", stored["status"].Text());
        Assert.DoesNotContain("RESOLVED", stored["events"].Items().Select(e => e["kind"].Text()));
        Assert.Equal(articlesBefore, await ArticleCountAsync());
    }

    private async Task<JsonNode?> ResolveAsync(object input) => (await GraphQL.DataAsync(Resolve, new { input }))["resolveRequest"];

    private async Task<JsonNode> ReadBackAsync(string id) =>
        (await GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { status version resolution events { kind } } } }", new { id }))["node"]!;

    private async Task<int> ArticleCountAsync() => (await GraphQL.DataAsync("{ articles { totalCount } }"))["articles"]!["totalCount"].Int();
}
