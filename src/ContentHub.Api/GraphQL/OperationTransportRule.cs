using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ContentHub.Api.GraphQL;

/// <summary>How an operation reached the server; each way carries some operation types only.</summary>
public enum OperationTransport
{
    /// <summary>GET must not change anything (GraphQL over HTTP): queries only.</summary>
    HttpGet,

    /// <summary>POST answers once: queries and mutations.</summary>
    HttpPost,

    /// <summary>graphql-transport-ws: everything, including subscriptions.</summary>
    WebSocket,
}

/// <summary>
/// Fails validation when the transport cannot carry the operation: a mutation over GET (the HTTP
/// endpoint answers 405) or a subscription over HTTP (it needs a WebSocket).
/// </summary>
public sealed class OperationTransportRule : ValidationRuleBase
{
    public const string UserContextKey = "contenthub.transport";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var transport = context.UserContext.TryGetValue(UserContextKey, out var value) && value is OperationTransport given
            ? given
            : OperationTransport.HttpPost;
        var operation = context.Operation.Operation;
        if (transport == OperationTransport.HttpGet && operation != OperationType.Query)
        {
            context.ReportError(new OperationNotAllowedOverGetError(operation));
        }
        else if (transport != OperationTransport.WebSocket && operation == OperationType.Subscription)
        {
            context.ReportError(new SubscriptionNeedsWebSocketError());
        }

        return default;
    }
}

public sealed class OperationNotAllowedOverGetError : global::GraphQL.Validation.ValidationError
{
    public OperationNotAllowedOverGetError(OperationType operation)
        : base($"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.") =>
        Code = "OPERATION_NOT_ALLOWED_OVER_GET";
}

public sealed class SubscriptionNeedsWebSocketError : global::GraphQL.Validation.ValidationError
{
    public SubscriptionNeedsWebSocketError()
        : base("A subscription needs a WebSocket: connect to this endpoint with the graphql-transport-ws subprotocol.") =>
        Code = "SUBSCRIPTION_NEEDS_WEBSOCKET";
}
