namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// The real server, handed to a test class only once its search index has been built from the seed,
/// so no test's first search races the build.
/// </summary>
public sealed class IndexedContentHubServer : ContentHubServer, IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await GraphQL.WaitUntilSearchIndexReadyAsync();
    }
}
