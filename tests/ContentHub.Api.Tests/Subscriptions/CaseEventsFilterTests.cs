using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>caseEvents(where): the same filter applies to the replayed events (in SQL) and the live ones (in memory).</summary>
public sealed class CaseEventsFilterTests(LiveUpdatesServer server) : IClassFixture<LiveUpdatesServer>
{
    private const string Edits = """
        subscription($id: ID!, $after: String) {
          caseEvents(where: { helpRequest: { eq: $id }, kind: { in: [UPDATED] } }, after: $after) { sequence kind helpRequest { id } }
        }
        """;

    [Fact]
    public async Task Only_matching_events_arrive_whether_replayed_or_live()
    {
        using var guard = HangGuard.Start();
        var activity = await CaseActivity.StartAsync(server.GraphQL);
        var created = await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { events { sequence } } } }", new { id = activity.RequestId });
        var start = created["node"]!["events"].Items().Single()["sequence"].Text();
        // Two of these happen before the subscription (replayed), two after it (live or replayed, whichever wins).
        await activity.CommentAsync("Before, not an edit.");
        var version = await activity.RetitleAsync("Edited before subscribing", expectedVersion: 1);
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);
        await client.SubscribeAsync("edits", Edits, new { id = activity.RequestId, after = start }, guard.Token);
        await activity.CommentAsync("After, not an edit.");
        await activity.RetitleAsync("Edited after subscribing", version);

        var first = await client.ReceiveAsync(guard.Token);
        var second = await client.ReceiveAsync(guard.Token);

        var events = new[] { first, second }.Select(m => m!["payload"]!["data"]!["caseEvents"]!).ToList();
        Assert.All(events, e => Assert.Equal("UPDATED", e["kind"].Text()));
        Assert.All(events, e => Assert.Equal(activity.RequestId, e["helpRequest"]!["id"].Text()));
        Assert.True(long.Parse(events[0]["sequence"].Text()) < long.Parse(events[1]["sequence"].Text()));
    }
}
