using System.Text.Json;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Limits;

/// <summary>A server whose WebSocket connections may run two operations at once.</summary>
public sealed class TwoOperationsServer : ContentHubServer
{
    public const int MaxOperations = 2;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["ContentHub:WebSockets:MaxOperationsPerConnection"] = MaxOperations.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

/// <summary>
/// The batch size limit: over HTTP a batch is one operation (a JSON array is refused), over a
/// WebSocket a connection runs at most <c>MaxOperationsPerConnection</c> operations at once.
/// </summary>
public sealed class BatchLimitTests(TwoOperationsServer server) : IClassFixture<TwoOperationsServer>
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task A_json_array_of_operations_is_refused_with_400_and_a_code(string accept)
    {
        var response = await server.GraphQL.SendRawAsync(
            """[{"query":"{ currentHub { name } }"},{"query":"{ currentHub { slug } }"}]""", accept: accept);

        Assert.Equal(400, response.Status);
        Assert.Equal("BATCHING_NOT_SUPPORTED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_socket_may_run_only_the_configured_number_of_operations_at_once()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(server.GraphQLEndpoint) { Scheme = "ws" }.Uri, Timeout());
        // The hub's event stream is for staff: the admin's token rides in connection_init.
        await SendAsync(socket, JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = "Bearer " + server.GraphQL.Token } }));
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"].Text());

        for (var i = 1; i <= TwoOperationsServer.MaxOperations + 1; i++)
        {
            await SendAsync(socket, $$$"""{"id":"{{{i}}}","type":"subscribe","payload":{"query":"subscription { caseEvents { sequence } }"}}""");
        }

        var refused = await ReceiveAsync(socket);
        Assert.Equal("error", refused["type"].Text());
        Assert.Equal((TwoOperationsServer.MaxOperations + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), refused["id"].Text());
        Assert.Equal("TOO_MANY_OPERATIONS", refused["payload"]![0]!["extensions"]!["code"].Text());

        // Completing one makes room for another.
        await SendAsync(socket, """{"id":"1","type":"complete"}""");
        await SendAsync(socket, """{"id":"4","type":"subscribe","payload":{"query":"{ currentHub { slug } }"}}""");
        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next["type"].Text());
        Assert.Equal("4", next["id"].Text());
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, Timeout());

    private static async Task<JsonNode> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, Timeout());
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        var parsed = JsonNode.Parse(message.ToArray())!;
        // The server pings now and then; a ping is not what this test waits for.
        return parsed["type"]?.GetValue<string>() == "ping" ? await ReceiveAsync(socket) : parsed;
    }
}
