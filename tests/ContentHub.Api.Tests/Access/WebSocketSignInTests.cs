using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Subscriptions;

namespace ContentHub.Api.Tests.Access;

/// <summary>
/// Signing in over graphql-transport-ws: the token travels in connection_init's payload (browsers
/// cannot set headers on a WebSocket); a bad one closes the socket with 4403, and what a connection
/// may subscribe to follows its caller's roles.
/// </summary>
public sealed class WebSocketSignInTests(LiveUpdatesServer server) : IClassFixture<LiveUpdatesServer>
{
    private const string HubEvents = "subscription { caseEvents { sequence kind } }";

    [Fact]
    public async Task A_bad_token_in_connection_init_closes_the_socket_with_4403()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAsync(guard.Token);

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer chp_never-issued" } }, guard.Token);

        Assert.Equal(4403, await client.ReceiveCloseAsync(guard.Token));
        Assert.Contains("not valid", client.CloseReason);
    }

    [Fact]
    public async Task The_hubs_whole_event_stream_is_for_staff_and_refused_with_a_code_to_others()
    {
        using var guard = HangGuard.Start();
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        await using var requester = await server.ConnectAndInitialiseAsync(guard.Token, karin);
        await using var anonymous = await server.ConnectAndInitialiseAsync(guard.Token, server.Anonymous);
        await using var staff = await server.ConnectAndInitialiseAsync(guard.Token);

        Assert.Equal("AUTH_NOT_AUTHORIZED", await ErrorCodeAsync(requester, guard.Token));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", await ErrorCodeAsync(anonymous, guard.Token));

        var before = server.Feed.SubscriberCount;
        await staff.SubscribeAsync("all", HubEvents, null, guard.Token);
        await server.Feed.WaitForSubscribersAsync(before + 1, guard.Token);
        await ContentHub.Api.Tests.Mutations.RequestSubmission.SubmitAsync(server.GraphQL);
        var next = await staff.ReceiveAsync(guard.Token);
        Assert.Equal("next", next!["type"].Text());
        Assert.Equal("CREATED", next["payload"]!["data"]!["caseEvents"]!["kind"].Text());
    }

    private static async Task<string> ErrorCodeAsync(ContentHub.Api.Benchmarks.GraphQLWebSocketClient client, CancellationToken cancellationToken)
    {
        await client.SubscribeAsync("all", HubEvents, null, cancellationToken);
        var error = await client.ReceiveAsync(cancellationToken);
        Assert.Equal("error", error!["type"].Text());
        return error["payload"]![0]!["extensions"]!["code"].Text();
    }
}
