using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ContentHub.Api.Composition;

/// <summary>
/// WAL lets readers run beside the single writer; synchronous=FULL makes every acknowledged commit
/// durable; the busy timeout makes concurrent writers wait instead of failing; foreign keys are
/// enforced; no commit copies the log into the database file, <see cref="SqliteCheckpoints"/> does
/// (wal_autocheckpoint=0). All five belong to the physical connection, so they run once when the pool opens one,
/// not on every logical open (EF opens and closes the connection around each query, and an extra
/// command per query showed in the load test).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=0;";

    /// <summary>The physical connections (SQLite handles) already set up; a handle leaves with its connection.</summary>
    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !configured.TryGetValue(handle, out _);

    /// <summary>Only after the pragmas ran: a connection whose set-up failed gets it again next time.</summary>
    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            configured.AddOrUpdate(handle, true);
        }
    }
}
