using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using ContentHub.Api.GraphQL.Common;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws, from the upgrade to the close. The receive loop reads
/// and answers the client's messages in order; operations run beside it, each in its own DI scope;
/// everything sent goes through the connection's one <see cref="SocketOutbox"/>.
/// </summary>
public sealed partial class GraphQLWebSocketConnection
{
    private readonly WebSocket socket;
    private readonly ConcurrentDictionary<string, WebSocketOperation> operations = new(StringComparer.Ordinal);
    // Cancelled when the connection ends: operations stop, timers stop.
    private readonly CancellationTokenSource ended = new();
    // Cancelled (aborting the socket) when the client does not answer our close frame in time.
    private readonly CancellationTokenSource receiving;
    private int initialised;
    private volatile bool acknowledged;

    public GraphQLWebSocketConnection(WebSocket socket, HttpContext http, GraphQLWebSocketServices services)
    {
        this.socket = socket;
        Services = services;
        Outbox = new SocketOutbox(socket);
        User = http.User;
        Hub = HubContext.HeaderSlug(http.Request);
        receiving = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    public GraphQLWebSocketServices Services { get; }

    public SocketOutbox Outbox { get; }

    /// <summary>Who opened the connection: the upgrade request's bearer token, or the one connection_init's payload sends.</summary>
    public ClaimsPrincipal User { get; private set; }

    /// <summary>The hub of every operation: <c>hub</c> in connection_init's payload, else the upgrade request's header, else the default.</summary>
    public string? Hub { get; private set; }

    public async Task RunAsync()
    {
        var sending = Outbox.RunAsync(receiving.Token);
        using var shutdown = Services.Stopping.Register(() => Close(CloseCodes.GoingAway, "Server is shutting down"));
        _ = CloseUnlessInitialisedAsync();
        _ = PingWhileOpenAsync();
        try
        {
            await ReceiveAsync();
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            // The client went away, or never answered our close frame.
        }
        catch (Exception error)
        {
            Services.Logger.LogError(error, "The WebSocket connection failed");
            Close(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            await ended.CancelAsync();
            await Task.WhenAll(operations.Values.Select(operation => operation.Completion));
            // Answers the client's close frame; a no-op when we closed first.
            Close(socket.CloseStatus is { } status ? (int)status : CloseCodes.Normal, "");
            await sending;
            ended.Dispose();
            receiving.Dispose();
        }
    }

    /// <summary>Queues the close frame; the client then has the close timeout to answer before the socket is aborted.</summary>
    public void Close(int code, string reason)
    {
        if (Outbox.Close(code, FitCloseReason(reason)))
        {
            try
            {
                receiving.CancelAfter(Services.Options.CloseTimeout);
            }
            catch (ObjectDisposedException)
            {
                // The connection has already ended.
            }
        }
    }

    /// <summary>An operation has finished: its id is free again.</summary>
    public void Forget(WebSocketOperation operation) => operations.TryRemove(KeyValuePair.Create(operation.Id, operation));

    private async Task ReceiveAsync()
    {
        var reader = new SocketMessageReader(socket, Services.MaxMessageBytes);
        while (true)
        {
            var message = await reader.ReadAsync(receiving.Token);
            if (message.IsClose)
            {
                return;
            }

            if (Outbox.IsClosing)
            {
                // We have said goodbye: read on until the client's close frame arrives.
                continue;
            }

            if (message.TooBig)
            {
                Close(CloseCodes.MessageTooBig, $"Messages are limited to {Services.MaxMessageBytes} bytes");
            }
            else if (message.Type != WebSocketMessageType.Text)
            {
                Close(CloseCodes.BadRequest, "Invalid message received: graphql-transport-ws messages are text");
            }
            else
            {
                await HandleAsync(message.Data);
            }
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(Services.Options.ConnectionInitTimeout, ended.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref initialised) == 0)
        {
            Close(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    /// <summary>The server's side of ping/pong: a ping every interval keeps idle connections (and proxies) alive.</summary>
    private async Task PingWhileOpenAsync()
    {
        if (Services.Options.PingInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Services.Options.PingInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ended.Token))
            {
                if (acknowledged)
                {
                    Outbox.Post(Services.Messages.Ping());
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    /// <summary>A close reason may be at most 123 bytes of UTF-8 (RFC 6455); ids and types come from the client.</summary>
    private static string FitCloseReason(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }
}
