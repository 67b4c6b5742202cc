using System.Data.Common;
using System.Runtime.CompilerServices;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentHub.Search.Indexing;

/// <summary>
/// Sees every save of this process. Once the case events or article revisions it appended are
/// committed, the listeners learn their sequences: the index feed (for read-your-writes) wakes the
/// index writer, the live case-event feed wakes its subscribers. Inside an explicit transaction
/// that is at its commit, since a rollback would drop them.
/// </summary>
public sealed class LogWriteObserver(IEnumerable<ILogWriteListener> listeners) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, StrongBox<IndexWatermark>> uncommitted = new();

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            uncommitted.Remove(context);
        }

        return Task.CompletedTask;
    }

    private void Saved(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // The entry's current value, not the entity's: a save with acceptAllChangesOnSuccess: false
        // (a comment saved inside its own transaction) leaves the generated sequence on the entry only.
        var appended = new IndexWatermark(
            context.ChangeTracker.Entries<CaseEvent>().Select(e => e.Property(x => x.Sequence).CurrentValue).DefaultIfEmpty().Max(),
            context.ChangeTracker.Entries<ArticleRevision>().Select(e => e.Property(x => x.Sequence).CurrentValue).DefaultIfEmpty().Max());
        if (appended == default)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            // SaveChanges ran in its own transaction, already committed.
            Report(appended);
            return;
        }

        var pending = uncommitted.GetOrCreateValue(context);
        pending.Value = IndexWatermark.Max(pending.Value, appended);
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && uncommitted.TryGetValue(context, out var pending))
        {
            uncommitted.Remove(context);
            Report(pending.Value);
        }
    }

    private void Report(IndexWatermark appended)
    {
        foreach (var listener in listeners)
        {
            listener.ReportWritten(appended);
        }
    }
}
