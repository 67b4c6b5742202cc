using System.Data;
using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Composition;

/// <summary>
/// Copies the write-ahead log back into the database file every second, on a thread of its own,
/// so that no request does it. Left to SQLite, the commit that grows the log past 1,000 pages
/// checkpoints inline: it writes those pages into the database file and waits for the disk to
/// flush it, on one of the thread pool's two threads, while the calls queued behind it wait; under
/// the load test's mix that was every few seconds (docs/performance.md, fifteenth pass).
/// <see cref="SqlitePragmas"/> turns the inline checkpoint off.
/// </summary>
/// <remarks>
/// A passive checkpoint takes no lock that readers or the writer wait for: it copies what no
/// reader still needs and leaves the rest for the next round. Once all of the log is copied, the
/// next commit writes it from the start again, so the log stays small: its file peaked at 16–31 MB
/// in the load test's runs at 1k–100k cases.
/// A process that runs no hosted services (the command-line commands) writes little, and SQLite
/// checkpoints when its last connection closes.
/// </remarks>
internal sealed class SqliteCheckpoints(DatabaseConnection database, ILogger<SqliteCheckpoints> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => CheckpointPeriodically(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void CheckpointPeriodically(CancellationToken stoppingToken)
    {
        // Its own connection, kept open: the pool's connections belong to the requests.
        using var connection = new SqliteConnection(database.ConnectionString);
        while (!stoppingToken.WaitHandle.WaitOne(Interval))
        {
            try
            {
                if (connection.State != ConnectionState.Open)
                {
                    connection.Open();
                }

                Checkpoint(connection);
            }
            catch (SqliteException error)
            {
                // The requests' data is safe in the log meanwhile; the next round tries again.
                logger.LogWarning(error, "Checkpointing the SQLite write-ahead log failed; trying again in a second");
                connection.Close();
            }
        }
    }

    private void Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var result = command.ExecuteReader();
        if (result.Read() && logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Checkpoint: {Copied} of {Logged} pages of the write-ahead log in the database file", result.GetInt64(2), result.GetInt64(1));
        }
    }
}
