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
        // Included collections load in a query of their own. As one query, a row with its collection
        // became a LEFT JOIN of a derived join (links with their targets), which SQLite cannot reach
        // by the row's key: finding one case with its help types read every link of every case
        // (300 ms at 100k cases). Split, the collection is one indexed lookup.
        //
        // On SQLite a list in a query (`keys.Contains(id)`: every batch loader, every page's rows) is
        // one JSON parameter read with json_each, not EF Core 10's default of a parameter per item:
        // with those, EF generates the SQL afresh on every execution (its command cache keeps none):
        // 7 % of the triage queue's CPU and two fifths of its strings. SQLite's plans are the same (a
        // rowid or index lookup per item). SQL Server keeps the default, made for its plan estimates.
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sqlServer => sqlServer
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options;
    }
}
