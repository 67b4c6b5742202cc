using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Search;

/// <summary>
/// searchIndexStatus.segments: every write published on its own adds a segment, and merges fold
/// them together in the background, also when no write follows to publish what they made.
/// A class of its own, so that no other test's write publishes it instead.
/// </summary>
public sealed class SegmentMergingTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Once_writes_stop_searches_read_the_merged_segments()
    {
        var before = await SegmentsAsync();
        // Four small segments, one a publish: a similar-cases search waits until its caller's write is searchable.
        for (var write = 0; write < 4; write++)
        {
            await GraphQL.SimilarCasesAsync((await RequestSubmission.SubmitAsync(GraphQL)).Id);
        }

        // The fourth publish set off their merge; the indexer shows searches its result after a
        // quiet poll interval (2 s), though nothing is written any more.
        var segments = int.MaxValue;
        for (var attempt = 0; attempt < 50 && segments > before + 1; attempt++)
        {
            await Task.Delay(200);
            segments = await SegmentsAsync();
        }

        Assert.InRange(segments, 1, before + 1);
    }

    private async Task<int> SegmentsAsync() => (await GraphQL.DataAsync("{ searchIndexStatus { segments } }"))["searchIndexStatus"]!["segments"].Int();
}
