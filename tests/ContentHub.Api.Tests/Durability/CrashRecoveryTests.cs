using System.Diagnostics;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using ContentHub.Api.Tests.Workflow;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// "Nothing lost": the server is killed (SIGKILL, no shutdown code runs) in the middle of a write load
/// from this process, restarted on the same folder, and asked for every write it acknowledged; the
/// search index must catch up with them. Requests in flight at a kill were never acknowledged and
/// promise nothing.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 3;
    private const int Writers = 4;

    /// <summary>Acknowledged writes a round waits for before its kill, so every kill lands in a running load.</summary>
    private const int WritesBeforeKill = 15;

    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-tests", "crash-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? server;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_during_a_write_load_and_the_index_catches_up()
    {
        var clock = Stopwatch.StartNew();
        var token = await LoadCaller.TokenAsync(folder);
        server = await ServerProcess.StartAsync(folder, token);
        var writes = new AcknowledgedWrites();
        var who = await IdentityAsync(server.GraphQL);
        var writers = Enumerable.Range(1, Writers).Select(n => new LoadWriter(n, who, writes)).ToList();
        var problems = new List<string>();
        var random = new Random();

        for (var kill = 1; kill <= Kills; kill++)
        {
            var acknowledgedBefore = writes.Acknowledged;
            using var stop = new CancellationTokenSource();
            var running = server;
            var load = Task.WhenAll(writers.Select(writer => Task.Run(() => writer.RunAsync(running.GraphQL, stop.Token))));
            await WaitForAsync(() => writes.Acknowledged >= acknowledgedBefore + WritesBeforeKill || load.IsCompleted, LoadTimeout);
            // A little more load, so the kill falls at no particular point of a request.
            await Task.Delay(random.Next(200, 1200));
            stop.Cancel();
            server.Kill();
            await load.WaitAsync(LoadTimeout);
            Assert.True(writes.Acknowledged > acknowledgedBefore, $"No write was acknowledged before kill {kill}:\n{string.Join('\n', writes.Refusals)}\n{server.Output}");
            await server.DisposeAsync();

            server = await ServerProcess.StartAsync(folder, token);
            var findings = await AcknowledgedWritesCheck.RunAsync(server.GraphQL, writes);
            problems.AddRange(findings.Lost.Concat(findings.Duplicated).Concat(findings.NotFindable));
            output.WriteLine($"kill {kill}: {writes.Tried} requests tried, {writes.Acknowledged} acknowledged, {writes.Unanswered} unanswered; " +
                $"after restart {findings.Lost.Count} lost, {findings.Duplicated.Count} duplicated, {findings.NotFindable.Count} not findable ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        server.Kill();
        var integrity = IntegrityCheck(Path.Combine(folder, "contenthub.db"));
        var lost = problems.Distinct().ToList();
        output.WriteLine($"Totals: {writes.Tried} requests tried, {writes.Acknowledged} writes acknowledged ({writes.Cases.Count} cases filed, " +
            $"{writes.Comments.Count} comments, the rest title edits), {Kills} kills injected, {writes.Unanswered} requests unanswered at a kill, " +
            $"{lost.Count} writes lost or wrong, integrity_check: {integrity}; {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var refusal in writes.Refusals)
        {
            output.WriteLine("refused: " + refusal);
        }

        Assert.True(lost.Count == 0, "After a kill the server lost or changed acknowledged writes:\n" + string.Join('\n', lost));
        Assert.Equal("ok", integrity);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static async Task<LoadIdentity> IdentityAsync(GraphQLClient graphQL) => new(
        await graphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey),
        (await graphQL.PersonAsync(RequestSubmission.RequesterName)).Id,
        (await graphQL.PersonAsync(WorkflowCalls.StaffName)).Id);

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>SQLite's own check of the file the killed server left, its WAL recovered on open.</summary>
    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return check.ExecuteScalar() as string ?? "(no answer)";
    }
}
