using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentHub.Data.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ContentHubDbContext>
{
    public ContentHubDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<ContentHubDbContext>()
            .UseContentHubProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db")
            .Options);
}
