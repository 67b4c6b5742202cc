using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// The server copies SQLite's write-ahead log into the database file in the background, not in
/// the commit of a request: acknowledged writes reach the database file on their own within
/// seconds while the server runs, long before the log would reach SQLite's own threshold of 1,000
/// pages. Seen from outside, as a copy of the database file alone (without its log) holds them.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class WriteAheadLogTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-tests", "wal-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? server;

    [Fact]
    public async Task Acknowledged_writes_reach_the_database_file_within_seconds_while_the_server_runs()
    {
        var token = await LoadCaller.TokenAsync(folder);
        server = await ServerProcess.StartAsync(folder, token);
        var load = await WriteLoad.ForAsync(server.GraphQL, writers: 2);
        load.Start(server.GraphQL);
        await load.WaitForAcknowledgementsAsync(10);
        load.Stop();
        await load.StoppedAsync();
        var filed = load.Writes.Cases.Select(c => c.Token).ToList();
        Assert.NotEmpty(filed);

        var waited = Stopwatch.StartNew();
        var inFile = CasesInDatabaseFileAlone(filed);
        while (inFile < filed.Count && waited.Elapsed < Patience)
        {
            await Task.Delay(250);
            inFile = CasesInDatabaseFileAlone(filed);
        }

        output.WriteLine($"{inFile} of {filed.Count} filed cases in the database file alone after {waited.Elapsed.TotalSeconds:F1} s");
        Assert.True(inFile == filed.Count, $"Only {inFile} of the {filed.Count} filed cases reached the database file within {Patience.TotalSeconds} s: the log is not being checkpointed.");
    }

    /// <summary>
    /// Copies the database file without its log and counts the filed cases the copy holds. A copy
    /// taken while a checkpoint writes may be torn: it counts as holding none, and the next poll copies again.
    /// The connection is not pooled, so the copy is closed and can be deleted once counted.
    /// </summary>
    private int CasesInDatabaseFileAlone(IReadOnlyList<string> tokens)
    {
        var copy = Path.Combine(folder, "copy-" + Guid.NewGuid().ToString("N") + ".db");
        File.Copy(Path.Combine(folder, "contenthub.db"), copy);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM HelpRequests WHERE {string.Join(" OR ", tokens.Select((_, i) => $"instr(Title, $t{i}) > 0"))}";
            for (var i = 0; i < tokens.Count; i++)
            {
                count.Parameters.AddWithValue($"$t{i}", tokens[i]);
            }

            return Convert.ToInt32(count.ExecuteScalar());
        }
        catch (SqliteException)
        {
            return 0;
        }
        finally
        {
            // Up to eighty polls: each copy goes once read, with the log and index SQLite made beside it.
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        TemporaryFolder.Delete(folder);
    }
}
