using ContentHub.Data.Requests;
using ContentHub.Data.Tests.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data.Tests.Requests;

/// <summary>
/// The database keeps the number of requests per hub and status itself (triggers from the SQLite
/// migrations): after the seed load, and after statements that move and delete many requests at
/// once, the kept counts are what counting the requests gives.
/// </summary>
public sealed class RequestStatusCountTests(RealSeedData seeded) : IClassFixture<RealSeedData>
{
    [Fact]
    public async Task Kept_counts_follow_loads_moves_and_deletes_of_many_requests_at_once()
    {
        await using var db = seeded.Database.Open();
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
        // Declined cases have events and comments that refer to them; only the trigger is under test.
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");

        var moved = await db.HelpRequests.Where(r => r.Status == RequestStatus.Resolved && r.Id % 3 == 0)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RequestStatus.Closed));
        var deleted = await db.HelpRequests.Where(r => r.Status == RequestStatus.Declined).ExecuteDeleteAsync();
        var unchanged = await db.HelpRequests.Where(r => r.Status == RequestStatus.Submitted)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Title, r => r.Title + " (edited)"));

        Assert.True(moved > 1 && deleted > 0 && unchanged > 0, "The seed has cases of each status this test changes.");
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
    }

    private static async Task<Dictionary<(int, RequestStatus), int>> CountedAsync(ContentHubDbContext db) =>
        (await db.HelpRequests.GroupBy(r => new { r.HubId, r.Status }).Select(g => new { g.Key.HubId, g.Key.Status, Count = g.Count() }).ToListAsync())
        .ToDictionary(c => (c.HubId, c.Status), c => c.Count);

    // A status whose last request left keeps a row of zero.
    private static async Task<Dictionary<(int, RequestStatus), int>> KeptAsync(ContentHubDbContext db) =>
        (await db.RequestStatusCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync()).ToDictionary(c => (c.HubId, c.Status), c => c.Count);
}
