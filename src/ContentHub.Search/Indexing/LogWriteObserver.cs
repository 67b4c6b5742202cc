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
    private readonly ConditionalWeakTable<DbContext, PendingAppend> uncommitted = new();

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

        var appended = new PendingAppend();
        // The entry's current value, not the entity's: a save with acceptAllChangesOnSuccess: false
        // (a comment saved inside its own transaction) leaves the generated sequence on the entry only.
        foreach (var entry in context.ChangeTracker.Entries<CaseEvent>())
        {
            appended.AddCaseEvent(entry.Property(x => x.Sequence).CurrentValue, entry.Property(x => x.ActorId).CurrentValue);
        }

        foreach (var entry in context.ChangeTracker.Entries<ArticleRevision>())
        {
            appended.AddArticleRevision(entry.Property(x => x.Sequence).CurrentValue);
        }

        if (appended.IsEmpty)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            // SaveChanges ran in its own transaction, already committed.
            Report(appended.ToAppend());
            return;
        }

        uncommitted.GetOrCreateValue(context).Add(appended);
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && uncommitted.TryGetValue(context, out var pending))
        {
            uncommitted.Remove(context);
            Report(pending.ToAppend());
        }
    }

    private void Report(LogAppend append)
    {
        foreach (var listener in listeners)
        {
            listener.ReportWritten(append);
        }
    }

    /// <summary>What the saves of one context appended so far: several saves may share a transaction.</summary>
    private sealed class PendingAppend
    {
        private readonly Dictionary<int, long> caseEventsByActor = [];
        private IndexWatermark sequences;

        public bool IsEmpty => sequences == default;

        public void AddCaseEvent(long sequence, int? actor)
        {
            sequences = IndexWatermark.Max(sequences, new IndexWatermark(sequence, 0));
            if (actor is { } person)
            {
                caseEventsByActor.KeepHighest(person, sequence);
            }
        }

        public void AddArticleRevision(long sequence) => sequences = IndexWatermark.Max(sequences, new IndexWatermark(0, sequence));

        public void Add(PendingAppend other)
        {
            sequences = IndexWatermark.Max(sequences, other.sequences);
            foreach (var (person, sequence) in other.caseEventsByActor)
            {
                caseEventsByActor.KeepHighest(person, sequence);
            }
        }

        /// <summary>Hands the counts over: a pending append is dropped once reported.</summary>
        public LogAppend ToAppend() => new(sequences, caseEventsByActor);
    }
}
