using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Transport.WebSockets;

namespace ContentHub.Api.Benchmarks;

/// <summary>
/// A bare graphql-transport-ws client on <see cref="ClientWebSocket"/>: it sends what it is told, raw
/// or as JSON, and hands back each message the server sends. The subscription benchmark opens a
/// thousand of them; the tests use it to send what a well-behaved client never would.
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly SocketMessageReader reader;

    private GraphQLWebSocketClient(ClientWebSocket socket)
    {
        this.socket = socket;
        reader = new SocketMessageReader(socket, long.MaxValue);
    }

    public WebSocketState State => socket.State;

    /// <summary>The subprotocol the server accepted (null when it accepted none).</summary>
    public string? SubProtocol => socket.SubProtocol;

    /// <summary>The close code the server sent, once it has closed.</summary>
    public int? CloseCode => (int?)socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    /// <summary>Opens a socket to <paramref name="graphQLEndpoint"/> (its http URL is fine) offering <paramref name="subProtocol"/>.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(
        Uri graphQLEndpoint, CancellationToken cancellationToken, string? subProtocol = GraphQLWebSocketEndpoint.SubProtocol, string? hubHeader = null)
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        if (hubHeader is not null)
        {
            socket.Options.SetRequestHeader("X-ContentHub-Hub", hubHeader);
        }

        var uri = new UriBuilder(graphQLEndpoint) { Scheme = graphQLEndpoint.Scheme == "https" ? "wss" : "ws" }.Uri;
        await socket.ConnectAsync(uri, cancellationToken);
        return new GraphQLWebSocketClient(socket);
    }

    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public Task SendAsync(object message, CancellationToken cancellationToken) =>
        SendTextAsync(JsonSerializer.Serialize(message, JsonSerializerOptions.Web), cancellationToken);

    /// <summary>Sends connection_init and waits for connection_ack; returns the ack.</summary>
    public async Task<JsonObject> InitialiseAsync(CancellationToken cancellationToken, object? payload = null)
    {
        await SendAsync(new { type = "connection_init", payload }, cancellationToken);
        var ack = await ReceiveAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The server closed the socket instead of acknowledging: {CloseCode} {CloseReason}");
        return ack["type"]?.GetValue<string>() == "connection_ack" ? ack : throw new InvalidOperationException("Expected connection_ack, got " + ack.ToJsonString());
    }

    public Task SubscribeAsync(string id, string query, object? variables, CancellationToken cancellationToken) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } }, cancellationToken);

    /// <summary>The next message from the server; null once the server has closed the socket (see <see cref="CloseCode"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var message = await reader.ReadAsync(cancellationToken);
        if (message.IsClose)
        {
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }

            return null;
        }

        return JsonNode.Parse(message.Data.Span)!.AsObject();
    }

    /// <summary>Reads until the server closes, skipping any messages; returns the close code.</summary>
    public async Task<int?> ReceiveCloseAsync(CancellationToken cancellationToken)
    {
        while (await ReceiveAsync(cancellationToken) is not null)
        {
        }

        return CloseCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                // The server is gone already.
            }
        }

        socket.Dispose();
    }
}
