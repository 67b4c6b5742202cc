using System.Text.Json.Nodes;
using ContentHub.Data.Seeding;

namespace ContentHub.Data.Tests.Seeding;

/// <summary>Broken seed data fails with the file and record at fault, and leaves the database empty.</summary>
public sealed class BrokenSeedDataTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SeedDatabase database = new();
    private string seedFolder = "";

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        seedFolder = SeedFolders.CopyInto(database.Folder.Path);
    }

    [Fact]
    public async Task Unknown_affiliate_names_file_case_and_key()
    {
        SeedFolders.EditRecord(seedFolder, "cases/cases-a.json", "case-017", record => record["affiliate"] = "no-such-affiliate");

        var error = await LoadFailsAsync();

        Assert.Equal(["cases/cases-a.json: case-017: unknown affiliate 'no-such-affiliate'"], error.Problems);
        Assert.Contains("cases/cases-a.json: case-017: unknown affiliate 'no-such-affiliate'", error.Message);
    }

    [Fact]
    public async Task Malformed_json_names_the_file_and_where_it_breaks()
    {
        var path = Path.Combine(seedFolder, "cases", "cases-b.json");
        File.WriteAllText(path, File.ReadAllText(path)[..500]);

        var error = await LoadFailsAsync();

        // Alone: the articles citing cases of the unreadable file would otherwise add a problem each.
        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("cases/cases-b.json: line 5, $[0].description: ", problem);
    }

    [Fact]
    public async Task Unknown_property_names_the_file_the_place_and_the_property()
    {
        SeedFolders.EditRecord(seedFolder, "affiliates.json", "wikimedia-sverige", record => record["colour"] = "blue");

        var error = await LoadFailsAsync();

        var problem = Assert.Single(error.Problems);
        Assert.Matches(@"^affiliates\.json: line \d+, \$\[\d+\]\.colour: The JSON property 'colour' could not be mapped", problem);
    }

    [Fact]
    public async Task Null_record_names_the_file_instead_of_crashing()
    {
        var path = Path.Combine(seedFolder, "help-types.json");
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        records.Insert(1, null);
        File.WriteAllText(path, records.ToJsonString());

        var error = await LoadFailsAsync();

        Assert.Equal(["help-types.json: $[1]: record is null"], error.Problems);
    }

    private async Task<SeedDataException> LoadFailsAsync()
    {
        var error = await Assert.ThrowsAsync<SeedDataException>(() => database.LoadAsync(seedFolder));
        output.WriteLine(error.Message);
        Assert.Equal(TableCounts.Empty, await database.CountAsync());
        return error;
    }

    public Task DisposeAsync() => database.DisposeAsync();
}
