using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Workflow;

namespace ContentHub.Api.Tests.Operations;

/// <summary>
/// <c>contenthub backup</c> and <c>restore</c>, run as the operator would (the server binary in its own
/// process): a backup taken while the server serves holds everything written before it, and a
/// restored folder starts with exactly that, its search index rebuilt.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "contenthub-backup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_backup_taken_while_serving_restores_into_a_server_with_what_was_written_before_it()
    {
        var live = Path.Combine(root, "live");
        var restored = Path.Combine(root, "restored");
        var backup = Path.Combine(root, "contenthub-backup.db");
        string before, after;
        var server = await ContentHubServerOnFolder.StartAsync(live);
        try
        {
            before = await server.GraphQL.NewRequestAsync(title: "Written before the backup");
            var (code, output) = await ServerBinary.RunAsync(live, "backup", backup);
            Assert.True(code == 0, output);
            Assert.Contains("integrity ok", output);
            after = await server.GraphQL.NewRequestAsync(title: "Written after the backup");
        }
        finally
        {
            await server.StopAsync();
        }

        var (restoreCode, restoreOutput) = await ServerBinary.RunAsync(restored, "restore", backup);
        Assert.True(restoreCode == 0, restoreOutput);

        var second = await ContentHubServerOnFolder.StartAsync(restored);
        try
        {
            var titles = await TitlesAsync(second.GraphQL, before, after);
            Assert.Equal(["Written before the backup"], titles);
            // The index was removed with the restore and rebuilt on start: the restored case is searchable.
            var similar = await second.GraphQL.DataAsync(
                "query($id: ID!) { node(id: $id) { ... on HelpRequest { similarCases(first: 3) { case { id } } } } }", new { id = before });
            Assert.NotEmpty(similar["node"]!["similarCases"].Items());
        }
        finally
        {
            await second.StopAsync();
        }
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_and_a_broken_backup_is_never_restored()
    {
        var folder = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var taken = Path.Combine(root, "taken.db");
        await File.WriteAllTextAsync(taken, "someone's file");
        var server = await ContentHubServerOnFolder.StartAsync(folder);
        await server.StopAsync();
        var database = Path.Combine(folder, "contenthub.db");
        var databaseBefore = await File.ReadAllBytesAsync(database);

        var (backupCode, backupOutput) = await ServerBinary.RunAsync(folder, "backup", taken);
        var (restoreCode, restoreOutput) = await ServerBinary.RunAsync(folder, "restore", taken);

        Assert.Equal(2, backupCode);
        Assert.Contains("never overwrites", backupOutput);
        Assert.Equal("someone's file", await File.ReadAllTextAsync(taken));
        Assert.Equal(1, restoreCode);
        Assert.Contains("nothing was changed", restoreOutput);
        Assert.Equal(databaseBefore, await File.ReadAllBytesAsync(database));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(GraphQLClient graphQL, params string[] ids)
    {
        var data = await graphQL.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on HelpRequest { title } } }", new { ids });
        return data["nodes"].Items().Where(n => n is not null).Select(n => n!["title"].Text()).ToList();
    }
}
