using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContentHub.Data.Tests.Model;

/// <summary>A primary key, alternate key or index as SQL Server will build it.</summary>
public sealed record IndexKey(string Table, string Name, bool IsClustered, IReadOnlyList<IColumn> Columns);

/// <summary>
/// SQL Server's limits on index keys: at most 900 bytes for a clustered index, 1,700 for a nonclustered
/// one, and no (max) columns at all. CREATE INDEX fails on the server, or, for variable-length columns
/// past the limit, succeeds with a warning and then rejects the first insert of a long value.
/// </summary>
public static class SqlServerIndexKeys
{
    public const int ClusteredLimit = 900;
    public const int NonclusteredLimit = 1_700;

    /// <summary>Needs the design-time model: the runtime model drops the clustered annotations.</summary>
    public static IEnumerable<IndexKey> Of(IRelationalModel model) =>
        model.Tables.SelectMany(table => table.UniqueConstraints
            .Select(key => new IndexKey(
                table.Name, key.Name, key.MappedKeys.Any(k => k.IsClustered() ?? k.IsPrimaryKey()), key.Columns))
            .Concat(table.Indexes.Select(index => new IndexKey(
                table.Name, index.Name, index.MappedIndexes.Any(i => i.IsClustered() == true), index.Columns))));

    /// <summary>Why SQL Server cannot hold this key, or null when it fits.</summary>
    public static string? Problem(IndexKey key)
    {
        if (key.Columns.Select(SqlServerColumnSizes.InvalidLength).OfType<string>().FirstOrDefault() is { } invalid)
        {
            return $"{key.Table}.{key.Name}: {invalid}";
        }

        var sizes = key.Columns.Select(column => (column, bytes: SqlServerColumnSizes.BytesOf(column))).ToList();
        if (sizes.FirstOrDefault(s => s.bytes is null) is { column: { } unsized })
        {
            return $"{key.Table}.{key.Name}: column {unsized.Name} is {unsized.StoreType}, which cannot be part of an index key" +
                $" (or is a type {nameof(SqlServerColumnSizes)} does not know yet)";
        }

        var limit = key.IsClustered ? ClusteredLimit : NonclusteredLimit;
        var total = sizes.Sum(s => s.bytes!.Value);
        return total <= limit
            ? null
            : $"{key.Table}.{key.Name}: {total} bytes exceeds the {limit}-byte {(key.IsClustered ? "clustered" : "nonclustered")} key limit " +
              $"({string.Join(", ", sizes.Select(s => $"{s.column.Name} {s.column.StoreType} = {s.bytes}"))})";
    }
}
