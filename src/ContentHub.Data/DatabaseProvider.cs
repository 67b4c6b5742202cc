using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The one place that knows which migrations assembly serves which provider.</summary>
public static class DatabaseProviderOptions
{
    public const string SqliteMigrationsAssembly = "ContentHub.Data.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "ContentHub.Data.Migrations.SqlServer";

    public static DbContextOptionsBuilder<ContentHubDbContext> UseContentHubProvider(
        this DbContextOptionsBuilder<ContentHubDbContext> options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sqlServer => sqlServer
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options;
    }
}
