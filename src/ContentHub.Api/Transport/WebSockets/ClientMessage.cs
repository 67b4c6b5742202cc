using System.Text.Json;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>
/// A message from the client, checked against the protocol's shapes: a JSON object with a string
/// <c>type</c>; <c>subscribe</c> and <c>complete</c> carry a non-empty string <c>id</c>; the payload of
/// <c>connection_init</c>, <c>ping</c> and <c>pong</c> is an object or absent. Whether the type is one a
/// client may send is the connection's business.
/// </summary>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    /// <summary>The message, or why it is invalid (the reason of the 4400 close).</summary>
    public static (ClientMessage? Message, string? Problem) Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return (null, "Invalid message received: not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return (null, "Invalid message received: a message is an object with a string `type`");
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            JsonElement? payload = root.TryGetProperty("payload", out var payloadElement) && payloadElement.ValueKind != JsonValueKind.Null
                ? payloadElement.Clone()
                : null;
            var message = new ClientMessage(type.GetString()!, id, payload);
            return (message, message.Problem());
        }
    }

    private string? Problem() => Type switch
    {
        Subscribe or Complete when string.IsNullOrEmpty(Id) => $"Invalid message received: `{Type}` needs a non-empty string `id`",
        Subscribe when Payload?.ValueKind != JsonValueKind.Object => "Invalid message received: `subscribe` needs an object `payload`",
        ConnectionInit or Ping or Pong when Payload is { ValueKind: not JsonValueKind.Object } => $"Invalid message received: the `{Type}` payload must be an object",
        _ => null,
    };
}
