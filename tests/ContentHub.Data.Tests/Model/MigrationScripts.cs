using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace ContentHub.Data.Tests.Model;

/// <summary>The SQL a context's migrations produce, and what every such script must contain.</summary>
public static class MigrationScripts
{
    /// <summary>Line endings normalised, so a checkout with CRLF compares equal.</summary>
    public static string Generate(ContentHubDbContext db, MigrationsSqlGenerationOptions options) =>
        db.GetService<IMigrator>().GenerateScript(options: options).ReplaceLineEndings("\n");

    /// <summary>Tables of the model that no CREATE TABLE in the script creates, quoted the provider's way.</summary>
    public static IReadOnlyList<string> TablesNotCreated(ContentHubDbContext db, string script)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Select(table => table.Name)
            .Where(table => !script.Contains($"CREATE TABLE {sql.DelimitIdentifier(table)} (", StringComparison.Ordinal))
            .ToList();
    }

    public static IReadOnlyCollection<string> MigrationIds(ContentHubDbContext db) =>
        db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
}
