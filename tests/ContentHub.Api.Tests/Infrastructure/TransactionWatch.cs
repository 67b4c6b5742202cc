using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// Watches the server's transactions: how many began, and how many began while another was still
/// open. In SQLite a transaction that begins while another writes waits for the other's commit in
/// SQLite's busy handler, asleep on the thread that asked.
/// </summary>
public sealed class TransactionWatch : DbTransactionInterceptor
{
    private int open;
    private int began;
    private int beganWhileAnotherWasOpen;

    public int Began => Volatile.Read(ref began);

    public int BeganWhileAnotherWasOpen => Volatile.Read(ref beganWhileAnotherWasOpen);

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref began);
        if (Interlocked.Increment(ref open) > 1)
        {
            Interlocked.Increment(ref beganWhileAnotherWasOpen);
        }

        return base.TransactionStartingAsync(connection, eventData, result, cancellationToken);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Ended(base.TransactionCommittedAsync(transaction, eventData, cancellationToken));

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Ended(base.TransactionRolledBackAsync(transaction, eventData, cancellationToken));

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Ended(base.TransactionFailedAsync(transaction, eventData, cancellationToken));

    private Task Ended(Task next)
    {
        Interlocked.Decrement(ref open);
        return next;
    }
}
