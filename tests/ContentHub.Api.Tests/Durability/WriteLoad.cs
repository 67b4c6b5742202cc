using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// Several <see cref="LoadWriter"/>s at once against one server, started and stopped around a kill or
/// a backup; the writers and what was acknowledged carry over from one server process to the next.
/// </summary>
public sealed class WriteLoad
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyList<LoadWriter> writers;
    private CancellationTokenSource? stop;
    private Task running = Task.CompletedTask;

    private WriteLoad(LoadIdentity who, int writerCount) =>
        writers = Enumerable.Range(1, writerCount).Select(number => new LoadWriter(number, who, Writes)).ToList();

    public AcknowledgedWrites Writes { get; } = new();

    /// <summary>Writers filing for a seeded requester of the server's data folder, as the signed-in staff member who comments.</summary>
    public static async Task<WriteLoad> ForAsync(GraphQLClient graphQL, int writers) => new(new LoadIdentity(
        await graphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey),
        (await graphQL.PersonAsync(RequestSubmission.RequesterName)).Id), writers);

    public void Start(GraphQLClient graphQL)
    {
        stop = new CancellationTokenSource();
        var token = stop.Token;
        running = Task.WhenAll(writers.Select(writer => Task.Run(() => writer.RunAsync(graphQL, token))));
    }

    /// <summary>Waits (bounded) until <paramref name="more"/> writes have been acknowledged since the call; fails if none were.</summary>
    public async Task WaitForAcknowledgementsAsync(int more)
    {
        var (from, deadline) = (Writes.Acknowledged, DateTime.UtcNow + Timeout);
        while (Writes.Acknowledged < from + more && DateTime.UtcNow < deadline && !running.IsCompleted)
        {
            await Task.Delay(50);
        }

        await (running.IsCompleted ? running : Task.CompletedTask); // a writer's own fault surfaces here
        Assert.True(Writes.Acknowledged > from, $"The server acknowledged no write within {Timeout}; its answers:\n{string.Join('\n', Writes.Refusals)}");
    }

    /// <summary>Tells the writers to stop once the request each has out is answered or has failed.</summary>
    public void Stop() => stop?.Cancel();

    public async Task StoppedAsync()
    {
        await running.WaitAsync(Timeout);
        stop?.Dispose();
    }
}
