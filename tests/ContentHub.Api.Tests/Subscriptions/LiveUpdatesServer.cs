using ContentHub.Api.Benchmarks;
using ContentHub.Api.LiveUpdates;
using ContentHub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>
/// The real server, with a connection_init timeout short enough for a test to watch it expire, and
/// the feed's poll for other processes' writes turned (practically) off: every event a test sees
/// here reached its subscribers because the save itself woke the feed.
/// </summary>
public sealed class LiveUpdatesServer : ContentHubServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // Three seconds: one let a busy CI machine time out tests that initialise at once.
        ["ContentHub:WebSockets:ConnectionInitTimeout"] = "00:00:03",
        ["ContentHub:LiveUpdates:PollInterval"] = "01:00:00",
    };

    /// <summary>A socket speaking graphql-transport-ws (unless told otherwise), not yet initialised.</summary>
    public Task<GraphQLWebSocketClient> ConnectAsync(CancellationToken cancellationToken, string? subProtocol = "graphql-transport-ws", string? hubHeader = null) =>
        GraphQLWebSocketClient.ConnectAsync(GraphQLEndpoint, cancellationToken, subProtocol, hubHeader);

    /// <summary>A socket past connection_ack, signed in as <paramref name="caller"/> (the admin unless told otherwise), ready for operations.</summary>
    public async Task<GraphQLWebSocketClient> ConnectAndInitialiseAsync(CancellationToken cancellationToken, GraphQLClient? caller = null)
    {
        var client = await ConnectAsync(cancellationToken);
        var token = (caller ?? GraphQL).Token;
        await client.InitialiseAsync(cancellationToken, token is null ? null : new { Authorization = "Bearer " + token });
        return client;
    }

    public CaseEventFeed Feed => Services.GetRequiredService<CaseEventFeed>();
}
