using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>
/// The graphql-transport-ws rules a well-behaved client never tests, checked with a raw socket: the
/// close codes of PROTOCOL.md, ping/pong, and errors that leave the connection open.
/// </summary>
public sealed class TransportWsProtocolTests(LiveUpdatesServer server) : IClassFixture<LiveUpdatesServer>
{
    private const string LiveEvents = "subscription { caseEvents { sequence } }";

    [Fact]
    public async Task A_socket_that_never_sends_connection_init_is_closed_with_4408()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAsync(guard.Token);

        Assert.Equal(4408, await client.ReceiveCloseAsync(guard.Token));
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        var (code, _) = await CloseAfterAsync(initialise: true, """{ "type": "connection_init" }""");

        Assert.Equal(4429, code);
    }

    [Fact]
    public async Task A_subscribe_before_the_ack_is_closed_with_4401()
    {
        var (code, _) = await CloseAfterAsync(initialise: false, Subscribe("1"));

        Assert.Equal(4401, code);
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_subscription_is_closed_with_4409()
    {
        var (code, reason) = await CloseAfterAsync(initialise: true, Subscribe("live"), Subscribe("live"));

        Assert.Equal(4409, code);
        Assert.Contains("live", reason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "id": "1" }""")]
    [InlineData("""{ "type": "subscribe", "payload": { "query": "{ currentHub { name } }" } }""")]
    [InlineData("""{ "type": "subscribe", "id": "1", "payload": "{ currentHub { name } }" }""")]
    [InlineData("""{ "type": "subscribe", "id": "1", "payload": { "query": 42 } }""")]
    [InlineData("""{ "type": "next", "id": "1", "payload": {} }""")]
    [InlineData("""{ "type": "start", "id": "1" }""")]
    [InlineData("""{ "type": "ping", "payload": "hello" }""")]
    public async Task An_invalid_message_is_closed_with_4400(string message)
    {
        var (code, _) = await CloseAfterAsync(initialise: true, message);

        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task A_client_offering_another_subprotocol_is_closed_with_4406()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAsync(guard.Token, subProtocol: "graphql-ws");

        Assert.Null(client.SubProtocol);
        Assert.Equal(4406, await client.ReceiveCloseAsync(guard.Token));
    }

    [Fact]
    public async Task An_unknown_hub_in_connection_init_is_refused_with_4403()
    {
        var (code, _) = await CloseAfterAsync(initialise: false, """{ "type": "connection_init", "payload": { "hub": "no-such-hub" } }""");

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task An_unknown_hub_in_the_upgrade_header_is_refused_with_4403()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAsync(guard.Token, hubHeader: "no-such-hub");

        await client.SendAsync(new { type = "connection_init" }, guard.Token);

        Assert.Equal(4403, await client.ReceiveCloseAsync(guard.Token));
    }

    [Fact]
    public async Task The_ack_names_the_hub_the_connection_addresses()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAsync(guard.Token);

        var ack = await client.InitialiseAsync(guard.Token, new { hub = "content-partnerships" });

        Assert.Equal("content-partnerships", ack["payload"]!["hub"].Text());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_closed_with_1009()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);

        var huge = "{ currentHub { name } }" + new string(' ', 2 * 1024 * 1024);
        await client.SubscribeAsync("1", huge, null, guard.Token);

        Assert.Equal(1009, await client.ReceiveCloseAsync(guard.Token));
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_carrying_its_payload_before_and_after_init()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAsync(guard.Token);

        await client.SendAsync(new { type = "ping", payload = new { n = 1 } }, guard.Token);
        var early = await client.ReceiveAsync(guard.Token);
        await client.InitialiseAsync(guard.Token);
        await client.SendAsync(new { type = "ping" }, guard.Token);
        var late = await client.ReceiveAsync(guard.Token);

        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", early!.Compact());
        Assert.Equal("pong", late!["type"].Text());
    }

    [Fact]
    public async Task A_validation_failure_is_an_error_message_with_codes_and_the_connection_stays_open()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);

        await client.SubscribeAsync("bad", "subscription { caseEvents { noSuchField } }", null, guard.Token);
        var error = await client.ReceiveAsync(guard.Token);
        await client.SubscribeAsync("bad-cursor", """subscription { caseEvents(after: "yesterday") { sequence } }""", null, guard.Token);
        var cursorError = await client.ReceiveAsync(guard.Token);
        await client.SendAsync(new { type = "ping" }, guard.Token);

        Assert.Equal("error", error!["type"].Text());
        Assert.Equal("bad", error["id"].Text());
        Assert.NotNull(error["payload"]![0]!["extensions"]!["code"]);
        Assert.Equal("INVALID_CURSOR", cursorError!["payload"]![0]!["extensions"]!["code"].Text());
        Assert.Equal("pong", (await client.ReceiveAsync(guard.Token))!["type"].Text());
    }

    [Fact]
    public async Task A_query_over_the_socket_gets_one_next_and_a_complete()
    {
        using var guard = HangGuard.Start();
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);

        await client.SubscribeAsync("q", "{ currentHub { slug } }", null, guard.Token);
        var next = await client.ReceiveAsync(guard.Token);
        var complete = await client.ReceiveAsync(guard.Token);

        Assert.Equal("""{"type":"next","id":"q","payload":{"data":{"currentHub":{"slug":"content-partnerships"}}}}""", next!.Compact());
        Assert.Equal("""{"type":"complete","id":"q"}""", complete!.Compact());
    }

    [Fact]
    public async Task A_subscription_over_http_is_refused_with_a_code()
    {
        var response = await server.GraphQL.SendAsync(LiveEvents);

        Assert.Equal(400, response.Status);
        Assert.Equal("SUBSCRIPTION_NEEDS_WEBSOCKET", response.FirstErrorCode);
    }

    private static string Subscribe(string id) =>
        System.Text.Json.JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query = LiveEvents } });

    /// <summary>Sends raw messages on a fresh socket (past connection_ack when <paramref name="initialise"/>) and reads until the server closes it.</summary>
    private async Task<(int? Code, string? Reason)> CloseAfterAsync(bool initialise, params string[] messages)
    {
        using var guard = HangGuard.Start();
        await using var client = initialise ? await server.ConnectAndInitialiseAsync(guard.Token) : await server.ConnectAsync(guard.Token);
        foreach (var message in messages)
        {
            await client.SendTextAsync(message, guard.Token);
        }

        return (await client.ReceiveCloseAsync(guard.Token), client.CloseReason);
    }
}
