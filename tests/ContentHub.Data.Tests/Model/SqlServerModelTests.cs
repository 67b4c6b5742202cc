using System.Text.RegularExpressions;
using ContentHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentHub.Data.Tests.Model;

/// <summary>
/// No SQL Server runs in CI, so everything SQL Server would reject at deploy time is checked here
/// from the model and the generated script, without opening a connection.
/// </summary>
public sealed class SqlServerModelTests(ITestOutputHelper output) : IDisposable
{
    private const string ScriptFile = "src/ContentHub.Data.Migrations.SqlServer/contenthub-sqlserver.sql";
    private readonly ContentHubDbContext db = TestDatabases.SqlServer();

    private IRelationalModel RelationalModel => db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

    [Fact]
    public void Migrations_are_in_sync_with_the_model()
    {
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes no SQL Server migration holds. Add one with:\n" +
            "  dotnet ef migrations add <Name> --project src/ContentHub.Data.Migrations.SqlServer --startup-project src/ContentHub.Data.Migrations.SqlServer");
    }

    [Fact]
    public void Idempotent_script_creates_every_table_behind_history_guards()
    {
        var script = MigrationScripts.Generate(db, MigrationsSqlGenerationOptions.Idempotent);
        output.WriteLine(script);

        Assert.False(string.IsNullOrWhiteSpace(script));
        Assert.Empty(MigrationScripts.TablesNotCreated(db, script));
        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script);
        Assert.All(MigrationScripts.MigrationIds(db), id => Assert.Matches(
            new Regex($@"IF NOT EXISTS \(\s*SELECT \* FROM \[__EFMigrationsHistory\]\s*WHERE \[MigrationId\] = N'{id}'\s*\)"), script));
    }

    [Fact]
    public void Checked_in_script_matches_the_migrations()
    {
        var path = Path.Combine(RepositoryRoot.Path, ScriptFile);
        var script = MigrationScripts.Generate(db, MigrationsSqlGenerationOptions.Idempotent);
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SCRIPT") == "1")
        {
            File.WriteAllText(path, script);
            output.WriteLine($"Rewrote {ScriptFile}.");
            return;
        }

        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        Assert.True(script == checkedIn,
            $"{ScriptFile} is {(checkedIn is null ? "missing" : "out of date")}; it is what a DBA runs, so it must match the migrations. " +
            "Review the migration, then regenerate the file with:\n" +
            "  UPDATE_SQL_SCRIPT=1 dotnet test tests/ContentHub.Data.Tests --filter Checked_in_script_matches_the_migrations");
    }

    [Fact]
    public void No_table_has_two_cascade_paths_or_a_cascade_cycle()
    {
        var conflicts = CascadePaths.FindConflicts(CascadePaths.EdgesOf(RelationalModel));

        Assert.True(conflicts.Count == 0,
            "SQL Server refuses these foreign keys (error 1785, multiple cascade paths or cycles):\n  " + string.Join("\n  ", conflicts));
    }

    [Fact]
    public void No_migration_creates_two_cascade_paths_or_a_cascade_cycle()
    {
        var conflicts = MigrationCascadePaths.FindConflicts(db.GetService<IMigrationsAssembly>(), db.Database.ProviderName!);

        Assert.True(conflicts.Count == 0,
            "SQL Server would stop at these migrations (error 1785, multiple cascade paths or cycles):\n  " + string.Join("\n  ", conflicts));
    }

    [Fact]
    public void Every_key_and_index_fits_sql_server_key_limits()
    {
        var keys = SqlServerIndexKeys.Of(RelationalModel).ToList();
        var problems = keys.Select(SqlServerIndexKeys.Problem).OfType<string>().ToList();

        Assert.NotEmpty(keys);
        Assert.True(problems.Count == 0, "SQL Server cannot build these keys:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Every_property_has_a_sql_server_type_that_is_not_sql_variant()
    {
        var problems = db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties(), (entity, property) => (name: $"{entity.DisplayName()}.{property.Name}", property))
            .Select(p => p.property.FindRelationalTypeMapping() is not { } mapping ? $"{p.name} has no SQL Server type mapping"
                : (p.property.GetColumnType() ?? mapping.StoreType).StartsWith("sql_variant", StringComparison.OrdinalIgnoreCase) ? $"{p.name} maps to sql_variant"
                : null)
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_sized_column_is_within_sql_server_type_limits()
    {
        var problems = RelationalModel.Tables
            .SelectMany(table => table.Columns, (table, column) => SqlServerColumnSizes.InvalidLength(column) is { } problem ? $"{table.Name}: {problem}" : null)
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public void Dispose() => db.Dispose();
}
