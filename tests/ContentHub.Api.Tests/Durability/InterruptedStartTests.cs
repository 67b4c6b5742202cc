using ContentHub.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// A server killed while it starts — while EF Core holds its migration lock, which it takes on every
/// start — must not keep the next one from starting. Killing at that exact moment is a matter of luck,
/// so the test leaves in the database what such a kill leaves: the lock row of a process that is gone.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class InterruptedStartTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-tests", "interrupted-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServerProcess> servers = [];

    [Fact]
    public async Task A_server_killed_while_holding_the_migration_lock_does_not_keep_the_next_from_starting()
    {
        var token = await LoadCaller.TokenAsync(folder);
        var first = await StartAsync(token);
        var cases = await first.GraphQL.RequestCountAsync();
        first.Kill();
        LeaveMigrationLock(Path.Combine(folder, "contenthub.db"));

        var second = await StartAsync(token);

        Assert.Contains("Removed the migration lock", second.Output);
        Assert.Equal(cases, await second.GraphQL.RequestCountAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }

        TemporaryFolder.Delete(folder);
    }

    /// <summary>The row EF Core's SQLite migrator inserts before migrating and deletes after.</summary>
    private static void LeaveMigrationLock(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-24 09:14:44.4999285+00:00');
            """;
        command.ExecuteNonQuery();
    }

    private async Task<ServerProcess> StartAsync(string? token)
    {
        var server = await ServerProcess.StartAsync(folder, token);
        servers.Add(server);
        return server;
    }
}
