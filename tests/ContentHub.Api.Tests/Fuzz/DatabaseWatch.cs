using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Tests.Fuzz;

/// <summary>
/// The server's SQLite file, read beside the server. <c>PRAGMA data_version</c> on one connection
/// that stays open moves whenever any other connection commits, so it tells exactly whether a
/// request wrote anything, at no cost.
/// </summary>
public sealed class DatabaseWatch(string databaseFile) : IAsyncDisposable
{
    private readonly SqliteConnection watcher = new(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    public async Task<long> CommitVersionAsync()
    {
        if (watcher.State != System.Data.ConnectionState.Open)
        {
            await watcher.OpenAsync();
        }

        await using var command = watcher.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The rows of <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c> that are not "ok".</summary>
    public async Task<IReadOnlyList<string>> IntegrityProblemsAsync()
    {
        await CommitVersionAsync();
        var problems = new List<string>();
        foreach (var pragma in new[] { "PRAGMA integrity_check", "PRAGMA foreign_key_check" })
        {
            await using var command = watcher.CreateCommand();
            command.CommandText = pragma;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
                if (row != "ok")
                {
                    problems.Add($"{pragma}: {row}");
                }
            }
        }

        return problems;
    }

    public ValueTask DisposeAsync() => watcher.DisposeAsync();
}
