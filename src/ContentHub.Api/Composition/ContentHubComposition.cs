namespace ContentHub.Api.Composition;

/// <summary>
/// The whole server, in the order it is put together. Program.cs runs it; the subscription
/// benchmark starts the same server in-process on a temporary data folder.
/// </summary>
public static class ContentHubComposition
{
    public static IHostApplicationBuilder AddContentHub(this IHostApplicationBuilder builder)
    {
        builder.AddContentHubData();
        builder.AddContentHubSearch();
        builder.AddContentHubAccess();
        builder.AddContentHubGraphQL();
        builder.AddContentHubTransport();
        builder.AddContentHubRateLimiting();
        return builder;
    }

    /// <summary>Migrates (and on first start seeds) the database, then maps the endpoints.</summary>
    public static async Task<WebApplication> PrepareContentHubAsync(this WebApplication app)
    {
        YoungGeneration.WarnIfTooSmall(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(YoungGeneration)));
        await app.InitialiseDatabaseAsync();
        app.MapContentHubHealth();
        app.MapContentHubGraphQL();
        return app;
    }
}
