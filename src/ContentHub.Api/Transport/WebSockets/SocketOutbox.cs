using System.Net.WebSockets;
using System.Threading.Channels;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>
/// The one writer of a socket. A WebSocket takes one send at a time, and operations, pings and the
/// receive loop all have something to say: every message — the close frame last — goes through this
/// queue to a single send loop. Each message may carry a callback that runs once it is on the wire
/// or dropped, so delivery credits always come back.
/// </summary>
public sealed class SocketOutbox(WebSocket socket)
{
    private readonly Channel<Outgoing> queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private int closing;

    /// <summary>True once the close frame is queued; later messages are dropped.</summary>
    public bool IsClosing => Volatile.Read(ref closing) == 1;

    public void Post(byte[] message, Action? sent = null)
    {
        if (IsClosing || !queue.Writer.TryWrite(new Outgoing(message, null, sent)))
        {
            sent?.Invoke();
        }
    }

    /// <summary>
    /// Queues a message and waits until it is written. The receive loop answers this way, so a client
    /// that stops reading its socket stops having its own messages read too.
    /// </summary>
    public Task SendAsync(byte[] message)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(message, () => written.TrySetResult());
        return written.Task;
    }

    /// <summary>Queues the close frame after what is already queued; true for the first close only.</summary>
    public bool Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) == 1)
        {
            return false;
        }

        queue.Writer.TryWrite(new Outgoing(null, (code, reason), null));
        queue.Writer.TryComplete();
        return true;
    }

    /// <summary>Sends until the close frame has gone out (or the client has gone away).</summary>
    public async Task RunAsync(CancellationToken aborted)
    {
        var broken = false;
        await foreach (var item in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (broken || socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    continue;
                }

                if (item.Close is var (code, reason))
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, aborted);
                }
                else if (item.Message is { } message)
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, aborted);
                }
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away mid-send: nothing more can be written; the receive loop sees it too.
                broken = true;
            }
            finally
            {
                item.Sent?.Invoke();
            }
        }
    }

    private sealed record Outgoing(byte[]? Message, (int Code, string Reason)? Close, Action? Sent);
}
