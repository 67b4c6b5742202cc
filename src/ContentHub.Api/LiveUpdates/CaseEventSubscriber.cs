using System.Threading.Channels;
using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// One live subscription's share of the feed: the events it wants, buffered up to a bound. The feed
/// never waits for a subscriber: one that falls a whole buffer behind is cut off with
/// <c>SUBSCRIBER_TOO_SLOW</c> (after the events already buffered) instead of slowing everyone else or
/// growing the server's memory, and resumes from the last sequence it received.
/// </summary>
public sealed class CaseEventSubscriber(Func<CaseEvent, bool> wants, int capacity)
{
    private readonly Channel<CaseEvent> buffer = Channel.CreateBounded<CaseEvent>(
        new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });

    public ChannelReader<CaseEvent> Events => buffer.Reader;

    /// <summary>Hands an event over if the subscriber wants it; false once the subscriber is cut off.</summary>
    public bool Offer(CaseEvent caseEvent)
    {
        if (!wants(caseEvent) || buffer.Writer.TryWrite(caseEvent))
        {
            return true;
        }

        buffer.Writer.TryComplete(new UserFacingException("SUBSCRIBER_TOO_SLOW",
            $"This subscription fell more than {capacity} events behind and was ended; subscribe again with `after` set to the last sequence received."));
        return false;
    }

    /// <summary>No more events will come (the server is stopping).</summary>
    public void End() => buffer.Writer.TryComplete();
}
