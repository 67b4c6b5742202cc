using ContentHub.Api.LiveUpdates;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Subscriptions;

internal static class FeedCatchUp
{
    /// <summary>
    /// Waits until the live-update feed has published every case event written so far: a subscriber
    /// without a cursor would otherwise also get the test's set-up, when the feed publishes it late.
    /// </summary>
    public static async Task WaitUntilFeedCaughtUpAsync(this ContentHubServer server, CancellationToken cancellationToken)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var newest = await scope.ServiceProvider.GetRequiredService<ContentHubDbContext>().CaseEvents.MaxAsync(e => e.Sequence, cancellationToken);
        await server.Services.GetRequiredService<CaseEventFeed>().WaitUntilPublishedAsync(newest, cancellationToken);
    }
}
