using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.LiveUpdates;
using ContentHub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>
/// A subscriber that stops reading holds up nobody: once its bounded buffer is full the feed cuts it
/// off with SUBSCRIBER_TOO_SLOW (after what it had buffered), while the others get every event. Read
/// through the server's own CaseEventReader, since a socket's kernel buffers would hide the backlog.
/// </summary>
public sealed class SlowSubscriberTests(SlowSubscriberTests.SmallBufferServer server) : IClassFixture<SlowSubscriberTests.SmallBufferServer>
{
    private const int Buffer = 2;

    public sealed class SmallBufferServer : ContentHubServer
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["ContentHub:LiveUpdates:SubscriberBuffer"] = Buffer.ToString() };
    }

    [Fact]
    public async Task A_subscriber_that_stops_reading_is_cut_off_and_the_others_get_everything()
    {
        using var guard = HangGuard.Start();
        var activity = await CaseActivity.StartAsync(server.GraphQL);
        await server.WaitUntilFeedCaughtUpAsync(guard.Token);
        var reader = server.Services.GetRequiredService<CaseEventReader>();
        var feed = server.Services.GetRequiredService<CaseEventFeed>();
        await using var scope = server.Services.GetRequiredService<IServiceScopeFactory>().CreateHubScope(null, new System.Security.Claims.ClaimsPrincipal());
        var query = new CaseEventQuery(await scope.ServiceProvider.GetRequiredService<HubContext>().GetHubIdAsync(guard.Token), null);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(guard.Token);
        await using var slow = reader.ReadAsync(query, after: null, stop.Token).GetAsyncEnumerator(stop.Token);
        await using var fast = reader.ReadAsync(query, after: null, stop.Token).GetAsyncEnumerator(stop.Token);
        var slowFirst = slow.MoveNextAsync().AsTask();
        var fastNext = fast.MoveNextAsync().AsTask();
        await feed.WaitForSubscribersAsync(2, guard.Token);

        var fastReceived = new List<long>();
        for (var i = 0; i < Buffer + 3; i++)
        {
            await activity.CommentAsync($"Comment {i}");
            Assert.True(await fastNext);
            fastReceived.Add(fast.Current.Sequence);
            fastNext = fast.MoveNextAsync().AsTask();
        }

        Assert.True(await slowFirst);
        var slowReceived = new List<long> { slow.Current.Sequence };
        var cutOff = await Assert.ThrowsAsync<UserFacingException>(async () =>
        {
            while (await slow.MoveNextAsync())
            {
                slowReceived.Add(slow.Current.Sequence);
            }
        });

        Assert.Equal("SUBSCRIBER_TOO_SLOW", cutOff.Code);
        Assert.InRange(slowReceived.Count, Buffer, Buffer + 1);
        Assert.Equal(fastReceived.Take(slowReceived.Count), slowReceived);
        Assert.Equal(1, feed.SubscriberCount);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fastNext);
    }
}
