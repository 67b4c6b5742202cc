using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// The real server on a real Kestrel port of 127.0.0.1, with its own data folder (SQLite database,
/// later the search index) loaded from the real seed data. One per test class.
/// </summary>
public class ContentHubServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "contenthub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Counts the SQL commands the server sends, to prove batch loading.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Extra configuration a test class needs (limits, seed folder …).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public Uri GraphQLEndpoint => new(ClientOptions.BaseAddress, "/graphql");

    public GraphQLClient GraphQL { get; private set; } = null!;

    public Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        GraphQL = new GraphQLClient(CreateClient());
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("ContentHub:DataFolder", DataFolder);
        // Test classes send hundreds of requests a minute from one address; the limit has its own test.
        builder.UseSetting("ContentHub:RateLimit:PermitsPerMinute", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
