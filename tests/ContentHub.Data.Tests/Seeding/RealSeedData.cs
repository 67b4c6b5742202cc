namespace ContentHub.Data.Tests.Seeding;

/// <summary>One database per test class, loaded once from the repository's real seed-data/ folder.</summary>
public sealed class RealSeedData : IAsyncLifetime
{
    public SeedDatabase Database { get; } = new();

    /// <summary>What the first load returned: true when it loaded, false when it found a hub already.</summary>
    public bool FirstLoadResult { get; private set; }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        FirstLoadResult = await Database.LoadAsync(SeedFolders.Real);
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
