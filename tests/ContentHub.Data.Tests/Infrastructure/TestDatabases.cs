using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data.Tests.Infrastructure;

/// <summary>Contexts configured exactly as the server configures them, through UseContentHubProvider.</summary>
public static class TestDatabases
{
    /// <summary>Never opened: model, migrations and script generation need no server.</summary>
    public const string SqlServerConnectionString = "Server=.;Database=x;Trusted_Connection=True;TrustServerCertificate=True";

    public static ContentHubDbContext SqlServer() => Create(DatabaseProvider.SqlServer, SqlServerConnectionString);

    public static ContentHubDbContext Sqlite(string databaseFile) => Create(DatabaseProvider.Sqlite, $"Data Source={databaseFile}");

    private static ContentHubDbContext Create(DatabaseProvider provider, string connectionString) => new(
        new DbContextOptionsBuilder<ContentHubDbContext>().UseContentHubProvider(provider, connectionString).Options);
}
