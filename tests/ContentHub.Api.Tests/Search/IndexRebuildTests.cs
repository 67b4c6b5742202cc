using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Search;

/// <summary>
/// The index is a copy of the database: stopped and started again on the same data folder, a server
/// whose index is missing, corrupt, of an unknown schema or out of date answers exactly as before.
/// Each test runs its own servers, one after another, on a folder of its own.
/// </summary>
public sealed class IndexRebuildTests : IAsyncLifetime
{
    /// <summary>What the index writer logs when it has rebuilt the index from the database.</summary>
    private const string Rebuilt = "Rebuilt the search index";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-tests", Guid.NewGuid().ToString("N"));
    private readonly List<ContentHubServerOnFolder> servers = [];

    [Fact]
    public async Task A_deleted_index_is_rebuilt_on_start_and_answers_as_before()
    {
        var first = await StartAsync();
        await first.GraphQL.CreateArticleAsync("kb-test-grommelfax", "The grommelfax survives a restart.", "PUBLISHED");
        await first.GraphQL.SubmitAsync(SeededCaseParaphrases.PattypanLargeTiffs.Paraphrase);
        var before = await SearchResultsRecord.RecordAsync(first.GraphQL, "grommelfax");
        var statusBefore = await first.GraphQL.WaitUntilSearchIndexReadyAsync();
        await first.StopAsync();

        Directory.Delete(first.IndexFolder, recursive: true);
        var second = await StartAsync();

        Assert.Contains(second.Logs.Messages, m => m.Contains(Rebuilt, StringComparison.Ordinal));
        Assert.Equal(before, await SearchResultsRecord.RecordAsync(second.GraphQL, "grommelfax"));
        Assert.Equal(statusBefore.Compact(), (await second.GraphQL.SearchIndexStatusAsync()).Compact());
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_on_start_and_then_kept()
    {
        var first = await StartAsync();
        var before = await SearchResultsRecord.RecordAsync(first.GraphQL);
        await first.StopAsync();

        IndexFiles.CorruptSegmentsFiles(first.IndexFolder);
        var second = await StartAsync();
        Assert.Contains(second.Logs.Messages, m => m.Contains(Rebuilt, StringComparison.Ordinal));
        Assert.Equal(before, await SearchResultsRecord.RecordAsync(second.GraphQL));
        await second.StopAsync();

        var third = await StartAsync();
        Assert.DoesNotContain(third.Logs.Messages, m => m.Contains(Rebuilt, StringComparison.Ordinal));
        Assert.Equal(before, await SearchResultsRecord.RecordAsync(third.GraphQL));
    }

    [Fact]
    public async Task An_empty_index_of_an_unknown_schema_version_is_rebuilt_on_start()
    {
        var first = await StartAsync();
        var before = await SearchResultsRecord.RecordAsync(first.GraphQL);
        await first.StopAsync();

        IndexFiles.EmptyWithoutSchemaVersion(first.IndexFolder);
        var second = await StartAsync();

        Assert.Equal(before, await SearchResultsRecord.RecordAsync(second.GraphQL));
    }

    [Fact]
    public async Task An_older_copy_of_the_index_catches_up_from_its_watermark_without_a_rebuild()
    {
        var first = await StartAsync();
        await first.StopAsync();
        var backup = Path.Combine(folder, "index-backup");
        IndexFiles.Copy(first.IndexFolder, backup);

        var second = await StartAsync();
        await second.GraphQL.CreateArticleAsync("kb-test-catch-up", "Written after the backup: the snollygaster article.", "PUBLISHED");
        await second.GraphQL.SubmitAsync(SeededCaseParaphrases.GlassPlateNegatives.Paraphrase);
        var before = await SearchResultsRecord.RecordAsync(second.GraphQL, "snollygaster");
        var statusBefore = await second.GraphQL.WaitUntilSearchIndexReadyAsync();
        await second.StopAsync();

        IndexFiles.Replace(second.IndexFolder, withCopyIn: backup);
        var third = await StartAsync();

        Assert.DoesNotContain(third.Logs.Messages, m => m.Contains(Rebuilt, StringComparison.Ordinal));
        Assert.Equal(statusBefore.Compact(), (await third.GraphQL.SearchIndexStatusAsync()).Compact());
        Assert.Equal(before, await SearchResultsRecord.RecordAsync(third.GraphQL, "snollygaster"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.StopAsync(); // stopping twice is harmless
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<ContentHubServerOnFolder> StartAsync()
    {
        var server = await ContentHubServerOnFolder.StartAsync(folder);
        servers.Add(server);
        return server;
    }
}
