using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>
/// One prepared INSERT reused for every row of a table, inside the caller's transaction: the fast way
/// to write a large generated database (EF change tracking would take minutes at 100k cases).
/// </summary>
internal sealed class BulkTable : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public BulkTable(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))}) RETURNING rowid";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
    }

    /// <summary>Inserts one row (values in column order; null for NULL) and returns its rowid.</summary>
    public long Insert(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => command.Dispose();
}
