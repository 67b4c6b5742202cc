using System.Collections.Concurrent;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// Every write the load got a success response for, and what it tried: the promise the server made.
/// Each acknowledgement is numbered in the order the answers arrived, so a check can ask for what
/// was promised up to a moment (<see cref="Acknowledged"/> read then), such as a backup's start.
/// </summary>
public sealed class AcknowledgedWrites
{
    private readonly ConcurrentQueue<FiledCase> cases = new();
    private readonly ConcurrentQueue<AcknowledgedComment> comments = new();
    private readonly ConcurrentQueue<string> refusals = new();
    private long tried;
    private long acknowledged;
    private long unanswered;
    private long inFlight;

    public IReadOnlyList<FiledCase> Cases => cases.ToList();

    public IReadOnlyList<AcknowledgedComment> Comments => comments.ToList();

    public long Tried => Interlocked.Read(ref tried);

    /// <summary>How many writes were acknowledged so far; also the number of the latest acknowledgement.</summary>
    public long Acknowledged => Interlocked.Read(ref acknowledged);

    /// <summary>Requests with no answer: in flight at a kill, or sent while the server was down.</summary>
    public long Unanswered => Interlocked.Read(ref unanswered);

    /// <summary>Answers that were not a success (a conflict, a busy database …), the first few kept for the report.</summary>
    public IReadOnlyList<string> Refusals => refusals.ToList();

    /// <summary>Requests sent and not yet answered, at this moment.</summary>
    public long InFlight => Interlocked.Read(ref inFlight);

    /// <summary>A request goes out; dispose the result when its answer (or failure) is in.</summary>
    public IDisposable Sending()
    {
        Interlocked.Increment(ref tried);
        Interlocked.Increment(ref inFlight);
        return new Answered(this);
    }

    public void CountUnanswered() => Interlocked.Increment(ref unanswered);

    /// <summary>Numbers a success the server just answered.</summary>
    public long Acknowledge() => Interlocked.Increment(ref acknowledged);

    public void Filed(FiledCase filed) => cases.Enqueue(filed);

    public void Commented(string caseId, string commentId, string body) => comments.Enqueue(new AcknowledgedComment(caseId, commentId, body, Acknowledge()));

    public void Refused(string answer)
    {
        if (refusals.Count < 20)
        {
            refusals.Enqueue(answer);
        }
    }

    private sealed class Answered(AcknowledgedWrites writes) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref writes.inFlight);
    }
}

public sealed record AcknowledgedComment(string CaseId, string CommentId, string Body, long Acknowledgement);
