using ContentHub.Api.Benchmarks;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>caseUpdated(id): the case as it is now, each time an event of it is committed; nothing after the client completes.</summary>
public sealed class CaseUpdatedTests(LiveUpdatesServer server) : IClassFixture<LiveUpdatesServer>
{
    private const string CaseUpdated = """
        subscription($id: ID!) { caseUpdated(id: $id) { id title version comments { body } } }
        """;

    [Fact]
    public async Task Each_committed_change_emits_the_case_as_it_now_is()
    {
        using var guard = HangGuard.Start();
        var activity = await CaseActivity.StartAsync(server.GraphQL);
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);
        await SubscribeLiveAsync(client, activity.RequestId, guard.Token);

        await activity.CommentAsync("We can help with the metadata.");
        var afterComment = await client.ReceiveAsync(guard.Token);
        var version = await activity.RetitleAsync("Batch upload of 300 maps, with metadata help", expectedVersion: 1);
        var afterEdit = await client.ReceiveAsync(guard.Token);

        Assert.Equal("next", afterComment!["type"].Text());
        var commented = afterComment["payload"]!["data"]!["caseUpdated"]!;
        Assert.Equal(activity.RequestId, commented["id"].Text());
        Assert.Equal(["We can help with the metadata."], commented["comments"].Items().Select(c => c["body"].Text()));
        var edited = afterEdit!["payload"]!["data"]!["caseUpdated"]!;
        Assert.Equal("Batch upload of 300 maps, with metadata help", edited["title"].Text());
        Assert.Equal(version, edited["version"].Int());
    }

    [Fact]
    public async Task After_the_client_completes_nothing_more_is_sent_for_its_id()
    {
        using var guard = HangGuard.Start();
        var activity = await CaseActivity.StartAsync(server.GraphQL);
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);
        var live = await SubscribeLiveAsync(client, activity.RequestId, guard.Token);

        await client.SendAsync(new { id = "case", type = "complete" }, guard.Token);
        // The server stops the subscription: it leaves the feed.
        while (server.Feed.SubscriberCount > live)
        {
            await Task.Delay(10, guard.Token);
        }

        await activity.CommentAsync("Nobody is listening to this one.");
        // The pong comes after anything the server had queued for the id; there must be nothing.
        await client.SendAsync(new { type = "ping" }, guard.Token);

        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync(guard.Token))!.Compact());
    }

    [Fact]
    public async Task An_unknown_case_is_an_error_message_with_not_found()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);

        await client.SubscribeAsync("case", CaseUpdated, new { id = SeedLookups.UnknownId("HelpRequest") }, guard.Token);
        var error = await client.ReceiveAsync(guard.Token);

        Assert.Equal("error", error!["type"].Text());
        Assert.Equal("NOT_FOUND", error["payload"]![0]!["extensions"]!["code"].Text());
    }

    /// <summary>
    /// Subscribes to caseUpdated once the feed has published the test's set-up, and waits until the
    /// feed has the subscriber, since it only sees what the feed publishes from then on; returns how
    /// many subscribers the feed had before.
    /// </summary>
    private async Task<int> SubscribeLiveAsync(GraphQLWebSocketClient client, string requestId, CancellationToken cancellationToken)
    {
        await server.WaitUntilFeedCaughtUpAsync(cancellationToken);
        var before = server.Feed.SubscriberCount;
        await client.SubscribeAsync("case", CaseUpdated, new { id = requestId }, cancellationToken);
        await server.Feed.WaitForSubscribersAsync(before + 1, cancellationToken);
        return before;
    }
}
