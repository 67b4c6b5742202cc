using ContentHub.Data.Requests;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// Which events of the log the feed has already published. Sequences are handed out in identity
/// order, but under concurrent writers they may commit out of order: on SQL Server a transaction
/// holding sequence 41 can commit after another one's 42, so a reader that only ever asks for
/// "after the highest sequence seen" would skip 41 for good. The feed therefore re-reads from
/// <see cref="Settled"/> — below it nothing new can appear, because every sequence up to it was seen
/// longer than <c>settleTime</c> ago (longer than any of our transactions runs) — and this window
/// remembers what it published above it, so a re-read publishes nothing twice.
/// SQLite serialises writers, so commit order is sequence order there: the settle time is zero and
/// the window stays empty.
/// </summary>
public sealed class LateCommitWindow(TimeSpan settleTime, long settled)
{
    private readonly SortedDictionary<long, DateTime> published = [];

    /// <summary>Every event up to this sequence has been published, or never will be.</summary>
    public long Settled { get; private set; } = settled;

    /// <summary>How many published events lie above <see cref="Settled"/> (a re-read returns them again).</summary>
    public int Count => published.Count;

    /// <summary>The events of <paramref name="read"/> not published before, in the order read; then settles what is old enough.</summary>
    public List<CaseEvent> Admit(IReadOnlyList<CaseEvent> read, DateTime now)
    {
        var fresh = read.Where(e => e.Sequence > Settled && published.TryAdd(e.Sequence, now)).ToList();
        while (published.Count > 0 && published.First() is var (sequence, seen) && now - seen >= settleTime)
        {
            Settled = sequence;
            published.Remove(sequence);
        }

        return fresh;
    }
}
