using System.Runtime.CompilerServices;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ContentHub.Api.Composition;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// What a subscription reads: the events after its cursor, replayed from the log in sequence order,
/// then the live ones from the <see cref="CaseEventFeed"/> — with no gap and no repeat between the two.
/// </summary>
public sealed class CaseEventReader(CaseEventFeed feed, IServiceScopeFactory scopes, IOptions<ContentHubOptions> options)
{
    private const int PageSize = 500;

    /// <summary>
    /// The events of <paramref name="query"/> after the sequence <paramref name="after"/> (null: those
    /// the feed publishes from now on, which may include one committed a moment before), then each
    /// new one as it is committed. Ends when the server stops;
    /// throws <c>SUBSCRIBER_TOO_SLOW</c> when the reader falls a whole buffer behind.
    /// </summary>
    public async IAsyncEnumerable<CaseEvent> ReadAsync(CaseEventQuery query, long? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await feed.Ready.WaitAsync(cancellationToken);
        var subscriber = new CaseEventSubscriber(query.Compile(), options.Value.LiveUpdates.SubscriberBuffer);
        // Replayed events the feed may still publish (only above its settled mark; see LateCommitWindow).
        var replayed = new HashSet<long>();
        try
        {
            if (after is not { } from)
            {
                feed.TryJoin(subscriber, generation: null);
            }
            else
            {
                // Replay up to what the feed has published, then join — unless it published more
                // meanwhile: then replay that too. Each round is short, so this ends quickly.
                var mark = feed.Mark;
                var lower = from;
                while (true)
                {
                    await foreach (var caseEvent in ReplayAsync(query, lower, mark.Published, cancellationToken))
                    {
                        if (replayed.Contains(caseEvent.Sequence))
                        {
                            continue;
                        }

                        if (caseEvent.Sequence > mark.Settled)
                        {
                            replayed.Add(caseEvent.Sequence);
                        }

                        yield return caseEvent;
                    }

                    if (feed.TryJoin(subscriber, mark.Generation))
                    {
                        break;
                    }

                    // Below the settled mark the last round saw everything there will ever be.
                    lower = Math.Max(from, mark.Settled);
                    mark = feed.Mark;
                }

                replayed.RemoveWhere(sequence => sequence <= mark.Settled);
            }

            while (await subscriber.Events.WaitToReadAsync(cancellationToken))
            {
                while (subscriber.Events.TryRead(out var caseEvent))
                {
                    if (replayed.Count == 0 || !replayed.Remove(caseEvent.Sequence))
                    {
                        yield return caseEvent;
                    }
                }
            }
        }
        finally
        {
            feed.Leave(subscriber);
        }
    }

    /// <summary>The log in (<paramref name="after"/>, <paramref name="upTo"/>], a page per short-lived DbContext so a slow reader holds none.</summary>
    private async IAsyncEnumerable<CaseEvent> ReplayAsync(CaseEventQuery query, long after, long upTo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (after < upTo)
        {
            List<CaseEvent> page;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
                var (lower, upper) = (after, upTo);
                page = await query.Apply(db.CaseEvents.AsNoTracking())
                    .Where(e => e.Sequence > lower && e.Sequence <= upper)
                    .OrderBy(e => e.Sequence)
                    .Take(PageSize)
                    .ToListAsync(cancellationToken);
            }

            foreach (var caseEvent in page)
            {
                yield return caseEvent;
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1].Sequence;
        }
    }
}
