using System.Globalization;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Search;

/// <summary>searchIndexStatus and rebuildSearchIndex: how far the index has read the logs, and a full rebuild on demand.</summary>
public sealed class SearchIndexStatusTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Once_a_write_is_searchable_the_index_is_not_behind_and_its_watermark_has_grown()
    {
        var before = await GraphQL.SearchIndexStatusAsync();
        await GraphQL.CreateArticleAsync("kb-test-watermark", "The watermark moves with every saved revision.", "PUBLISHED");
        var submitted = await RequestSubmission.SubmitAsync(GraphQL);

        // A search waits until the index covers its caller's own writes to the log it reads: a
        // knowledge-base search the article revisions, similar cases the case events.
        await GraphQL.SearchAsync("watermark");
        await GraphQL.SimilarCasesAsync(submitted.Id);
        var after = await GraphQL.SearchIndexStatusAsync();

        Assert.False(after["rebuilding"]!.GetValue<bool>());
        Assert.Equal(0, after["caseEventsBehind"].Int());
        Assert.Equal(0, after["articleRevisionsBehind"].Int());
        Assert.True(Sequence(after, "caseSequence") > Sequence(before, "caseSequence"), $"{before.Compact()} → {after.Compact()}");
        Assert.True(Sequence(after, "articleSequence") > Sequence(before, "articleSequence"), $"{before.Compact()} → {after.Compact()}");
    }

    [Fact]
    public async Task A_rebuild_indexes_every_case_and_article_and_answers_as_before()
    {
        var counts = await GraphQL.DataAsync("{ requests { totalCount } articles { totalCount } }");
        var expected = counts["requests"]!["totalCount"].Int() + counts["articles"]!["totalCount"].Int();
        var statusBefore = await GraphQL.WaitUntilSearchIndexReadyAsync();
        var hitsBefore = (await GraphQL.SearchAsync("copyright photographs")).ArticleIds();

        var data = await GraphQL.DataAsync(
            "mutation { rebuildSearchIndex(input: { reason: \"test\" }) { rebuild { documents } errors { ... on Error { code } } } }");

        Assert.Equal(expected, PayloadErrors.ShouldSucceed(data["rebuildSearchIndex"], "rebuild")["documents"].Int());
        Assert.Equal(statusBefore.Compact(), (await GraphQL.SearchIndexStatusAsync()).Compact());
        Assert.Equal(hitsBefore, (await GraphQL.SearchAsync("copyright photographs")).ArticleIds());
    }

    private static long Sequence(JsonNode status, string field) => long.Parse(status[field].Text(), CultureInfo.InvariantCulture);
}
