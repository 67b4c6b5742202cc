using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// A server on a data folder that outlives it, so a test can stop it and start another on the same
/// database and index. The test owns the folder and deletes it; stopping a server leaves it in place.
/// </summary>
public sealed class ContentHubServerOnFolder(string folder) : ContentHubServer
{
    /// <summary>Hides the base's fresh folder, which this server never uses.</summary>
    public new string DataFolder => folder;

    public string IndexFolder => Path.Combine(folder, "index");

    public CapturedLogs Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["ContentHub:DataFolder"] = folder };

    /// <summary>Starts a server on the folder and waits until its search index is ready.</summary>
    public static async Task<ContentHubServerOnFolder> StartAsync(string folder)
    {
        var server = new ContentHubServerOnFolder(folder);
        try
        {
            await server.InitializeAsync();
            await server.GraphQL.WaitUntilSearchIndexReadyAsync();
            return server;
        }
        catch
        {
            await server.StopAsync();
            throw;
        }
    }

    /// <summary>Stops the server and releases its database and index files; the folder stays.</summary>
    public Task StopAsync() => ((IAsyncLifetime)this).DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}
