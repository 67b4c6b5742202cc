using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ContentHub.Data.Tests.Model;

/// <summary>
/// Replays the foreign keys each migration creates and drops. SQL Server checks cascade paths when a
/// migration runs, so a migration that fixes them cannot rescue an earlier one that SQL Server refuses.
/// </summary>
public static class MigrationCascadePaths
{
    /// <summary>Conflicts SQL Server finds while applying each migration, prefixed with the migration's id.</summary>
    public static IReadOnlyList<string> FindConflicts(IMigrationsAssembly migrations, string activeProvider)
    {
        var foreignKeys = new Dictionary<(string Table, string Name), AddForeignKeyOperation>();
        var conflicts = new List<string>();
        foreach (var (id, type) in migrations.Migrations)
        {
            foreach (var operation in migrations.CreateMigration(type, activeProvider).UpOperations)
            {
                Apply(operation, foreignKeys);
            }

            var edges = foreignKeys.Values
                .Where(fk => fk.OnDelete is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
                .Select(fk => new CascadeEdge(fk.PrincipalTable, fk.Table, fk.Name));
            conflicts.AddRange(CascadePaths.FindConflicts(edges).Select(conflict => $"{id}: {conflict}"));
        }

        return conflicts;
    }

    private static void Apply(MigrationOperation operation, Dictionary<(string Table, string Name), AddForeignKeyOperation> foreignKeys)
    {
        switch (operation)
        {
            case CreateTableOperation table:
                table.ForeignKeys.ForEach(fk => foreignKeys[(fk.Table, fk.Name)] = fk);
                break;
            case AddForeignKeyOperation fk:
                foreignKeys[(fk.Table, fk.Name)] = fk;
                break;
            case DropForeignKeyOperation drop:
                foreignKeys.Remove((drop.Table, drop.Name));
                break;
            case DropTableOperation drop:
                foreignKeys.Keys.Where(key => key.Table == drop.Name).ToList().ForEach(key => foreignKeys.Remove(key));
                break;
            case RenameTableOperation:
                // Renames would need the edges renamed too; fail loudly rather than check the wrong graph.
                throw new NotSupportedException("Teach MigrationCascadePaths about table renames before relying on it.");
        }
    }
}
