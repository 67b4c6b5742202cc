using Microsoft.EntityFrameworkCore.Metadata;

namespace ContentHub.Data.Tests.Model;

/// <summary>What a column occupies in SQL Server, from its relational type mapping.</summary>
public static class SqlServerColumnSizes
{
    /// <summary>
    /// Why a sized string or binary column is not a valid SQL Server type, or null. EF turns long
    /// strings into (max) only when they are not indexed; an indexed one keeps its length, e.g.
    /// nvarchar(10000), which SQL Server refuses (nvarchar holds at most 4,000 characters).
    /// </summary>
    public static string? InvalidLength(IColumn column)
    {
        var mapping = column.StoreTypeMapping;
        var limit = mapping.StoreTypeNameBase.ToLowerInvariant() switch
        {
            "nvarchar" or "nchar" => 4_000,
            "varchar" or "char" or "varbinary" or "binary" => 8_000,
            _ => int.MaxValue,
        };
        return column.StoreType.EndsWith("(max)", StringComparison.OrdinalIgnoreCase) || !(mapping.Size > limit)
            ? null
            : $"column {column.Name} is {column.StoreType}, but {mapping.StoreTypeNameBase} holds at most {limit}";
    }

    /// <summary>The column's largest stored size in bytes, or null for (max) and unknown types.</summary>
    public static int? BytesOf(IColumn column)
    {
        var mapping = column.StoreTypeMapping;
        if (column.StoreType.EndsWith("(max)", StringComparison.OrdinalIgnoreCase))
        {
            // Sizes above 4,000 characters also become (max), while the mapping keeps the declared size.
            return null;
        }

        return mapping.StoreTypeNameBase.ToLowerInvariant() switch
        {
            "nvarchar" or "nchar" => 2 * mapping.Size,
            "varchar" or "char" or "varbinary" or "binary" => mapping.Size,
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "int" or "real" or "smallmoney" or "smalldatetime" => 4,
            "bigint" or "float" or "money" or "datetime" or "rowversion" or "timestamp" => 8,
            "uniqueidentifier" => 16,
            "date" => 3,
            "time" => (mapping.Precision ?? 7) switch { <= 2 => 3, <= 4 => 4, _ => 5 },
            "datetime2" => (mapping.Precision ?? 7) switch { <= 2 => 6, <= 4 => 7, _ => 8 },
            "datetimeoffset" => (mapping.Precision ?? 7) switch { <= 2 => 8, <= 4 => 9, _ => 10 },
            "decimal" or "numeric" => (mapping.Precision ?? 18) switch { <= 9 => 5, <= 19 => 9, <= 28 => 13, _ => 17 },
            _ => null,
        };
    }
}
