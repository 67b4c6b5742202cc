using ContentHub.Data.Seeding;
using ContentHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentHub.Data.Tests.Seeding;

/// <summary>A migrated, empty SQLite database in its own temp folder, loaded the way the server loads it.</summary>
public sealed class SeedDatabase : IAsyncLifetime
{
    public TempFolder Folder { get; } = new();

    public ContentHubDbContext Open() => TestDatabases.Sqlite(Path.Combine(Folder.Path, "contenthub.db"));

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
    }

    public async Task<bool> LoadAsync(string seedFolder)
    {
        await using var db = Open();
        return await new SeedDataLoader(db, NullLogger<SeedDataLoader>.Instance).LoadIntoEmptyDatabaseAsync(seedFolder, CancellationToken.None);
    }

    public async Task<TableCounts> CountAsync()
    {
        await using var db = Open();
        return await TableCounts.OfAsync(db);
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
