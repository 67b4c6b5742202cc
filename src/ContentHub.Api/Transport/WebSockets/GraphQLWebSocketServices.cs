using ContentHub.Api.Composition;
using GraphQL;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>What every connection and operation of the WebSocket endpoint uses, resolved once.</summary>
public sealed class GraphQLWebSocketServices(
    GraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<ContentHubOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<GraphQLWebSocketConnection> logger)
{
    public GraphQLRequestExecutor Executor => executor;

    public IGraphQLTextSerializer Serializer => serializer;

    public ServerMessages Messages { get; } = new(serializer);

    public IServiceScopeFactory Scopes => scopes;

    public TimeProvider Clock => clock;

    public GraphQLWebSocketOptions Options => options.Value.WebSockets;

    /// <summary>A message may be as large as an HTTP request body, and no larger.</summary>
    public long MaxMessageBytes => options.Value.GraphQL.MaxRequestBodyBytes;

    /// <summary>Stopping the server closes every socket with 1001.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    public ILogger Logger => logger;
}
