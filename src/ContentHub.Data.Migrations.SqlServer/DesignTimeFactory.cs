using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentHub.Data.Migrations.SqlServer;

/// <summary>Lets `dotnet ef migrations add` build the SQL Server model; no server is contacted.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ContentHubDbContext>
{
    public ContentHubDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<ContentHubDbContext>()
            .UseContentHubProvider(DatabaseProvider.SqlServer, "Server=localhost;Database=ContentHub;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
