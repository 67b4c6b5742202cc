using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core executes for requests, so a test can prove nested lists are
/// batched. The search index's background feed polls the database too; its tagged queries are not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int count;

    private void Record(DbCommand command)
    {
        if (!command.CommandText.Contains(ContentHub.Search.Indexing.IndexSource.QueryTag, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref count);
        }
    }

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
