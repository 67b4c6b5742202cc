using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>The messages the server sends, serialised as UTF-8 JSON by the schema's serializer (the same error shape as over HTTP).</summary>
public sealed class ServerMessages(IGraphQLTextSerializer serializer)
{
    public byte[] ConnectionAck(object? payload) => Write(new OperationMessage { Type = "connection_ack", Payload = payload });

    public byte[] Ping() => Write(new OperationMessage { Type = "ping" });

    /// <summary>A pong echoes the ping's payload, if it had one.</summary>
    public byte[] Pong(JsonElement? payload) => Write(new OperationMessage { Type = "pong", Payload = payload });

    public byte[] Next(string id, ExecutionResult result) => Write(new OperationMessage { Id = id, Type = "next", Payload = result });

    /// <summary>The operation failed before (or instead of) producing results: its errors, and no complete follows.</summary>
    public byte[] Error(string id, IEnumerable<ExecutionError> errors) => Write(new OperationMessage { Id = id, Type = "error", Payload = errors.ToList() });

    public byte[] Complete(string id) => Write(new OperationMessage { Id = id, Type = "complete" });

    private byte[] Write(OperationMessage message) => Encoding.UTF8.GetBytes(serializer.Serialize(message));
}
