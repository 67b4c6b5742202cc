using ContentHub.Data.Seeding;
using ContentHub.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentHub.Api.Composition;

/// <summary>The database the server runs on, for the commands that work on the file itself (backup, restore).</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString);

public static class DataRegistration
{
    public static IHostApplicationBuilder AddContentHubData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ContentHubOptions.Section).Get<ContentHubOptions>() ?? new();
        builder.Services.Configure<ContentHubOptions>(builder.Configuration.GetSection(ContentHubOptions.Section));

        var connectionString = ConnectionStringFor(options);
        builder.Services.AddSingleton(new DatabaseConnection(options.Database.Provider, connectionString));
        // Pooled: a request's context is reset and reused instead of built, which spared every
        // call the setting up of EF Core's services for a new context (docs/performance.md).
        builder.Services.AddDbContextPool<ContentHubDbContext>((services, db) =>
        {
            ((DbContextOptionsBuilder<ContentHubDbContext>)db).UseContentHubProvider(options.Database.Provider, connectionString);
            // Interceptors registered in DI (SQLite pragmas, the tests' command counter) join every context.
            db.AddInterceptors(services.GetServices<IInterceptor>());
        });
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddSingleton<IInterceptor, SqlitePragmas>();
            builder.Services.AddHostedService<SqliteStatistics>();
            builder.Services.AddHostedService<SqliteCheckpoints>();
        }

        builder.Services.AddScoped<SeedDataLoader>();
        return builder;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentHubOptions>>().Value;
        Directory.CreateDirectory(options.ResolveDataFolder());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteMigrationLock));
        using (await SqliteMigrationLock.AcquireAsync(app.Services.GetRequiredService<DatabaseConnection>(), db, logger, app.Lifetime.ApplicationStopping))
        {
            await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        if (options.SeedOnFirstStart)
        {
            await scope.ServiceProvider.GetRequiredService<SeedDataLoader>()
                .LoadIntoEmptyDatabaseAsync(options.ResolveSeedDataFolder(), app.Lifetime.ApplicationStopping);
        }
    }

    private static string ConnectionStringFor(ContentHubOptions options)
    {
        if (options.Database.ConnectionString is { Length: > 0 } configured)
        {
            return configured;
        }

        if (options.Database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"ContentHub:Database:ConnectionString is required for the {options.Database.Provider} provider.");
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.ResolveDataFolder(), "contenthub.db"),
            Pooling = true,
        }.ToString();
    }
}
