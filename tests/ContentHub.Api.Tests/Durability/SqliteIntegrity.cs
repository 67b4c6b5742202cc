using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Tests.Durability;

public static class SqliteIntegrity
{
    /// <summary>SQLite's own check of a database file ("ok" when intact), its WAL recovered first if a killed server left one.</summary>
    public static string Check(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return check.ExecuteScalar() as string ?? "(no answer)";
    }
}
