using System.Buffers;
using System.Net.WebSockets;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>What one read of the socket gave: a whole message, a message over the limit, or the client's close.</summary>
public readonly record struct ReceivedMessage(WebSocketMessageType Type, ReadOnlyMemory<byte> Data, bool TooBig)
{
    public bool IsClose => Type == WebSocketMessageType.Close;
}

/// <summary>
/// Reads whole messages (a message may span many frames) up to a size limit, the same limit as an
/// HTTP request body: a message over it is read to its end and discarded, never buffered.
/// </summary>
public sealed class SocketMessageReader(WebSocket socket, long maxMessageBytes)
{
    private readonly ArrayBufferWriter<byte> message = new(4096);
    private readonly byte[] chunk = new byte[4096];

    public async Task<ReceivedMessage> ReadAsync(CancellationToken cancellationToken)
    {
        message.ResetWrittenCount();
        var tooBig = false;
        while (true)
        {
            var received = await socket.ReceiveAsync(chunk.AsMemory(), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return new ReceivedMessage(WebSocketMessageType.Close, default, false);
            }

            tooBig |= message.WrittenCount + received.Count > maxMessageBytes;
            if (!tooBig)
            {
                message.Write(chunk.AsSpan(0, received.Count));
            }

            if (received.EndOfMessage)
            {
                return new ReceivedMessage(received.MessageType, tooBig ? default : message.WrittenMemory, tooBig);
            }
        }
    }
}
