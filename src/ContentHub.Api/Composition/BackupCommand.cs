using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Composition;

/// <summary>
/// <c>contenthub backup FILE</c>: a consistent copy of the SQLite database, taken with SQLite's
/// online backup API while the server keeps serving, and checked before it is reported.
/// <c>contenthub restore FILE</c> (server stopped): puts a checked backup in place of the database
/// and removes the search index, which the next start rebuilds from the restored data. SQL Server
/// databases are backed up with SQL Server's own tools.
/// </summary>
public static class BackupCommand
{
    public static int Backup(IServiceProvider services, string file)
    {
        if (Sqlite(services) is not { } database)
        {
            return 2;
        }

        if (File.Exists(file))
        {
            Console.Error.WriteLine($"{file} exists already; a backup never overwrites a file. Choose a new name.");
            return 2;
        }

        using (var source = Open(database))
        using (var target = Open(file))
        {
            source.BackupDatabase(target);
        }

        return Verified(file, "Backed up the database to");
    }

    public static int Restore(IServiceProvider services, string file)
    {
        if (Sqlite(services) is not { } database)
        {
            return 2;
        }

        if (!File.Exists(file) || Verified(file, "Restoring from") != 0)
        {
            Console.Error.WriteLine($"{file} is not a readable, intact backup; nothing was changed.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database))!);
        using (var source = Open(file))
        using (var target = Open(database))
        {
            source.BackupDatabase(target);
        }

        // The index describes the database that was replaced: the next start rebuilds it from the restored one.
        var index = Path.Combine(services.GetRequiredService<IOptions<ContentHubOptions>>().Value.ResolveDataFolder(), "index");
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Restored the database from {Path.GetFullPath(file)}; the search index is rebuilt on the next start.");
        return 0;
    }

    private static string? Sqlite(IServiceProvider services)
    {
        var database = services.GetRequiredService<DatabaseConnection>();
        if (database.Provider == Data.DatabaseProvider.Sqlite)
        {
            return new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        }

        Console.Error.WriteLine($"Backups here are for the embedded SQLite database; back up {database.Provider} with its own tools.");
        return null;
    }

    /// <summary>Runs SQLite's integrity check and counts the cases in the file; 0 when it is intact.</summary>
    private static int Verified(string file, string what)
    {
        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadOnly);
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (check.ExecuteScalar() as string != "ok")
            {
                Console.Error.WriteLine($"{file} fails SQLite's integrity check.");
                return 1;
            }

            check.CommandText = "SELECT COUNT(*) FROM HelpRequests";
            var cases = Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture);
            Console.WriteLine($"{what} {Path.GetFullPath(file)}: integrity ok, {cases} cases, {new FileInfo(file).Length / 1024} KB.");
            return 0;
        }
        catch (SqliteException error)
        {
            Console.Error.WriteLine($"{file} cannot be read as a ContentHub database: {error.Message}");
            return 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
