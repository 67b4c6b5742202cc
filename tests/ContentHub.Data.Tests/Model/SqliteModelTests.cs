using ContentHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentHub.Data.Tests.Model;

public sealed class SqliteModelTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder folder = new();
    private ContentHubDbContext? db;

    private ContentHubDbContext Db => db ??= TestDatabases.Sqlite(Path.Combine(folder.Path, "contenthub.db"));

    [Fact]
    public void Migrations_are_in_sync_with_the_model()
    {
        Assert.False(Db.Database.HasPendingModelChanges(),
            "The model has changes no SQLite migration holds. Add one with:\n" +
            "  dotnet ef migrations add <Name> --project src/ContentHub.Data.Migrations.Sqlite --startup-project src/ContentHub.Data.Migrations.Sqlite");
    }

    [Fact]
    public void Script_creates_every_table_and_records_every_migration()
    {
        // EF cannot guard SQLite statements with IF NOT EXISTS per migration, so it refuses idempotent
        // scripts for SQLite; the plain script (from an empty database) is what it supports.
        Assert.Throws<NotSupportedException>(() => MigrationScripts.Generate(Db, MigrationsSqlGenerationOptions.Idempotent));
        var script = MigrationScripts.Generate(Db, MigrationsSqlGenerationOptions.Default);
        output.WriteLine(script);

        Assert.False(string.IsNullOrWhiteSpace(script));
        Assert.Empty(MigrationScripts.TablesNotCreated(Db, script));
        Assert.Contains("CREATE TABLE IF NOT EXISTS \"__EFMigrationsHistory\"", script);
        Assert.All(MigrationScripts.MigrationIds(Db), id => Assert.Contains($"VALUES ('{id}',", script));
    }

    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await Db.Database.MigrateAsync();

        Assert.Equal(MigrationScripts.MigrationIds(Db), await Db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await Db.Database.GetPendingMigrationsAsync());
    }

    public void Dispose()
    {
        db?.Dispose();
        folder.Dispose();
    }
}
