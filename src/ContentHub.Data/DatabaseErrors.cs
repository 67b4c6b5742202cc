using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data;

/// <summary>Recognises database failures that mean "the caller lost a race", on either provider.</summary>
public static class DatabaseErrors
{
    private const int SqliteUniqueConstraint = 2067;
    private const int SqlitePrimaryKeyConstraint = 1555;
    private static readonly int[] SqlServerDuplicateKey = [2601, 2627];

    /// <summary>A unique index or key refused the row: someone else saved the same value first.</summary>
    public static bool IsUniqueViolation(DbUpdateException error) => error.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueConstraint or SqlitePrimaryKeyConstraint,
        SqlException sqlServer => SqlServerDuplicateKey.Contains(sqlServer.Number),
        _ => false,
    };
}
