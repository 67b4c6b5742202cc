using ContentHub.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Composition;

/// <summary>
/// Lets a server start again after one was killed while migrating. EF Core guards migrations on
/// SQLite with a row in <c>__EFMigrationsLock</c>, inserted on every start (even with nothing to
/// migrate) and deleted at the end; a server killed in between (SIGKILL, OOM, power cut) leaves the
/// row, and every later start then waits for it forever, logging nothing — found by killing a server
/// while it started. SQLite has no lock that dies with its holder, so the server first takes an OS
/// file lock next to the database, which the OS releases when its holder dies: whoever holds it is
/// the only process migrating, so a row found then was left by a dead one and is removed.
/// </summary>
public static class SqliteMigrationLock
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Waits while another server on this database migrates it, then clears what a killed one left.
    /// Dispose the result once migrated. Null for SQL Server (its lock ends with the session) and in-memory SQLite.
    /// </summary>
    public static async Task<IDisposable?> AcquireAsync(DatabaseConnection database, ContentHubDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite
            || new SqliteConnectionStringBuilder(database.ConnectionString) is { Mode: SqliteOpenMode.Memory } or { DataSource: "" or ":memory:" })
        {
            return null;
        }

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource + ".migrating";
        var held = await HoldAsync(file, logger, cancellationToken);
        try
        {
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
                .ToListAsync(cancellationToken);
            if (tables.Count > 0 && await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken) > 0)
            {
                logger.LogWarning("Removed the migration lock of a server that stopped while migrating (killed?); migrating now");
            }

            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Opens the lock file exclusively; the file stays (deleting it would let two processes lock two files of one name).</summary>
    private static async Task<FileStream> HoldAsync(string file, ILogger logger, CancellationToken cancellationToken)
    {
        for (var waited = false; ; waited = true)
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Held by a live process: another server on this database is migrating it.
                if (!waited)
                {
                    logger.LogInformation("Another server is migrating {Database}; waiting for it", file);
                }

                await Task.Delay(Retry, cancellationToken);
            }
        }
    }
}
