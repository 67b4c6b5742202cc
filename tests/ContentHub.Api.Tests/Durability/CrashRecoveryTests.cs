using System.Diagnostics;
using Xunit.Abstractions;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// "Nothing lost": the server is killed (SIGKILL, no shutdown code runs) in the middle of a write load
/// from this process, restarted on the same folder, and asked for every write it acknowledged; the
/// search index must catch up with them. Requests in flight at a kill were never acknowledged and
/// promise nothing.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 3;
    private const int Writers = 4;

    /// <summary>Acknowledged writes a round waits for before its kill, so every kill lands in a running load.</summary>
    private const int WritesBeforeKill = 15;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-tests", "crash-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? server;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_during_a_write_load_and_the_index_catches_up()
    {
        var clock = Stopwatch.StartNew();
        var token = await LoadCaller.TokenAsync(folder);
        server = await ServerProcess.StartAsync(folder, token);
        var load = await WriteLoad.ForAsync(server.GraphQL, Writers);
        var writes = load.Writes;
        var problems = new List<string>();
        var inFlightAtKills = 0L;

        for (var kill = 1; kill <= Kills; kill++)
        {
            load.Start(server.GraphQL);
            await load.WaitForAcknowledgementsAsync(WritesBeforeKill);
            // A little more load, so the kill falls at no particular point of a request.
            await Task.Delay(Random.Shared.Next(200, 1200));
            inFlightAtKills += writes.InFlight;
            server.Kill();
            load.Stop();
            await load.StoppedAsync();
            await server.DisposeAsync();

            server = await ServerProcess.StartAsync(folder, token);
            var findings = await AcknowledgedWritesCheck.RunAsync(server.GraphQL, writes);
            problems.AddRange(findings.Lost.Concat(findings.Duplicated).Concat(findings.NotFindable));
            output.WriteLine($"kill {kill}: {writes.Tried} requests tried, {writes.Acknowledged} acknowledged, {writes.Unanswered} unanswered (in flight at a kill, or sent while the server was down); " +
                $"after restart {findings.Lost.Count} lost, {findings.Duplicated.Count} duplicated, {findings.NotFindable.Count} not findable ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        server.Kill();
        var integrity = SqliteIntegrity.Check(Path.Combine(folder, "contenthub.db"));
        var lost = problems.Distinct().ToList();
        output.WriteLine($"Totals: {writes.Tried} requests tried, {writes.Acknowledged} writes acknowledged ({writes.Cases.Count} cases filed, " +
            $"{writes.Comments.Count} comments, the rest title edits), {Kills} kills injected with {inFlightAtKills} requests outstanding, {writes.Unanswered} requests unanswered, " +
            $"{lost.Count} writes lost or wrong, integrity_check: {integrity}; {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var refusal in writes.Refusals)
        {
            output.WriteLine("refused: " + refusal);
        }

        Assert.True(lost.Count == 0, $"After a kill the server lost or changed {lost.Count} acknowledged writes:\n" + string.Join('\n', lost.Take(20)));
        Assert.Equal("ok", integrity);
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
