namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// The real server, handing each test a seeded case of its own that waits in the queue (TRIAGED or
/// PRIORITISED). Assigning and referring start from the queue, and submitRequest only makes
/// SUBMITTED cases; these tests draw on the seed's few queue cases (triageRequest could make more,
/// but PRIORITISED takes a committee's decision).
/// </summary>
public sealed class QueueCaseServer : ContentHubServer
{
    private readonly HashSet<string> taken = [];
    private readonly SemaphoreSlim taking = new(1, 1);

    /// <summary>A queue case (in <paramref name="status"/> when given) that no other test of the class has taken.</summary>
    public async Task<QueueCase> TakeQueueCaseAsync(string? status = null)
    {
        await taking.WaitAsync();
        try
        {
            var data = await GraphQL.DataAsync(
                "query($statuses: [RequestStatus!]!) { requests(first: 100, where: { status: { in: $statuses } }) { nodes { id version status } } }",
                new { statuses = status is null ? ["TRIAGED", "PRIORITISED"] : new[] { status } });
            var free = data["requests"]!["nodes"].Items().FirstOrDefault(c => !taken.Contains(c["id"].Text()))
                ?? throw new InvalidOperationException($"The seed has no {status ?? "queue"} case left for this test class; split the class.");
            taken.Add(free["id"].Text());
            return new QueueCase(free["id"].Text(), free["version"].Int(), free["status"].Text());
        }
        finally
        {
            taking.Release();
        }
    }
}

public sealed record QueueCase(string Id, int Version, string Status);
