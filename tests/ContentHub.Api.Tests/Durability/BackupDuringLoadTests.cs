using ContentHub.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// <c>contenthub backup</c> while writers keep writing: the copy is intact and holds every write
/// acknowledged before the backup started (later ones it may or may not hold), which a server started
/// on the restored copy shows through the API and its rebuilt index.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class BackupDuringLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "contenthub-tests", "backup-load-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServerProcess> servers = [];

    [Fact]
    public async Task A_backup_taken_during_a_write_load_is_intact_and_holds_every_write_acknowledged_before_it()
    {
        var (live, restored, backup) = (Path.Combine(root, "live"), Path.Combine(root, "restored"), Path.Combine(root, "backup.db"));
        var token = await LoadCaller.TokenAsync(live);
        var server = await StartAsync(live, token);
        var load = await WriteLoad.ForAsync(server.GraphQL, writers: 4);
        load.Start(server.GraphQL);
        await load.WaitForAcknowledgementsAsync(20);

        var before = load.Writes.Acknowledged;
        var (code, backupOutput) = await ServerBinary.RunAsync(live, "backup", backup);
        var during = load.Writes.Acknowledged - before;
        load.Stop();
        await load.StoppedAsync();
        server.Kill();
        Assert.True(code == 0, backupOutput);
        Assert.Equal("ok", SqliteIntegrity.Check(backup));

        var (restoreCode, restoreOutput) = await ServerBinary.RunAsync(restored, "restore", backup);
        Assert.True(restoreCode == 0, restoreOutput);
        var copy = await StartAsync(restored, token);
        var findings = await AcknowledgedWritesCheck.RunAsync(copy.GraphQL, load.Writes, asOf: before);

        output.WriteLine($"{before} writes acknowledged before the backup started, {during} while it ran; " +
            $"in the restored copy {findings.Lost.Count} lost, {findings.Duplicated.Count} duplicated, {findings.NotFindable.Count} not findable");
        Assert.True(during > 0, "No write was acknowledged while the backup ran: the load did not overlap it.");
        Assert.Empty(findings.Lost);
        Assert.Empty(findings.Duplicated);
        Assert.Empty(findings.NotFindable);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }

        TemporaryFolder.Delete(root);
    }

    private async Task<ServerProcess> StartAsync(string folder, string? token)
    {
        var server = await ServerProcess.StartAsync(folder, token);
        servers.Add(server);
        return server;
    }
}
