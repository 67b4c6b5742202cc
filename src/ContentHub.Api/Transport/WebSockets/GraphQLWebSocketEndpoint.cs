using System.Net.WebSockets;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>
/// The WebSocket side of <c>/graphql</c>: accepts the upgrade and hands the socket to a connection.
/// A client that does not offer graphql-transport-ws is accepted and closed at once with 4406, as
/// the reference server does, so it learns why rather than seeing a failed handshake.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(GraphQLWebSocketServices services)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext http)
    {
        var speaksProtocol = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(speaksProtocol ? SubProtocol : null);
        if (!speaksProtocol)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(services.Options.CloseTimeout);
            try
            {
                await socket.CloseAsync((WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                // The client did not wait for the close handshake.
            }

            return;
        }

        await new GraphQLWebSocketConnection(socket, http, services).RunAsync();
    }
}
