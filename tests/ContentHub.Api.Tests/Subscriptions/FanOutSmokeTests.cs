using ContentHub.Api.Benchmarks;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Search.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>
/// The fan-out benchmark (<c>contenthub bench subscriptions</c>) in small: every subscriber gets every
/// event once, in order. Its figures are the benchmark's business; nothing here is timed.
/// </summary>
public sealed class FanOutSmokeTests(FanOutSmokeTests.BenchmarkedServer server) : IClassFixture<FanOutSmokeTests.BenchmarkedServer>
{
    public sealed class BenchmarkedServer : ContentHubServer
    {
        public CommitTimes Commits { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILogWriteListener>(Commits));
        }
    }

    [Fact]
    public async Task Every_subscriber_gets_every_event_once_and_in_order()
    {
        using var guard = HangGuard.Start();
        var feed = server.Services.GetRequiredService<ContentHub.Api.LiveUpdates.CaseEventFeed>();

        var result = await SubscriptionFanOut.RunAsync(server.GraphQLEndpoint, server.GraphQL.Token!, feed, server.Commits,
            subscribers: 50, events: 10, writers: 2, TextWriter.Null, guard.Token);

        Assert.Equal(50 * 10, result.Delivered);
        Assert.Equal(50, result.Complete);
    }
}
