namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>Stopping the server ends live connections cleanly, with 1001 (going away), rather than dropping them.</summary>
public sealed class ServerShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_closes_subscribed_sockets_with_1001()
    {
        using var guard = HangGuard.Start();
        var server = new LiveUpdatesServer();
        await ((IAsyncLifetime)server).InitializeAsync();
        await using var client = await server.ConnectAndInitialiseAsync(guard.Token);
        await client.SubscribeAsync("live", "subscription { caseEvents { sequence } }", null, guard.Token);
        var closed = client.ReceiveCloseAsync(guard.Token);

        await ((IAsyncLifetime)server).DisposeAsync();

        Assert.Equal(1001, await closed);
    }
}
