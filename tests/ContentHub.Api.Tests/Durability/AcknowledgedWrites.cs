using System.Collections.Concurrent;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// Every write the load got a success response for, and what it tried: the promise the server made,
/// to be checked after each crash.
/// </summary>
public sealed class AcknowledgedWrites
{
    private readonly ConcurrentQueue<FiledCase> cases = new();
    private readonly ConcurrentQueue<AcknowledgedComment> comments = new();
    private readonly ConcurrentQueue<string> refusals = new();
    private long tried;
    private long acknowledged;
    private long unanswered;

    public IReadOnlyList<FiledCase> Cases => cases.ToList();

    public IReadOnlyList<AcknowledgedComment> Comments => comments.ToList();

    public long Tried => Interlocked.Read(ref tried);

    public long Acknowledged => Interlocked.Read(ref acknowledged);

    /// <summary>Requests with no answer: in flight at a kill, or sent while the server was down.</summary>
    public long Unanswered => Interlocked.Read(ref unanswered);

    /// <summary>Answers that were not a success (a conflict, a busy database …), the first few kept for the report.</summary>
    public IReadOnlyList<string> Refusals => refusals.ToList();

    public void CountTried() => Interlocked.Increment(ref tried);

    public void CountUnanswered() => Interlocked.Increment(ref unanswered);

    public void Filed(FiledCase filed)
    {
        cases.Enqueue(filed);
        Interlocked.Increment(ref acknowledged);
    }

    public void Commented(AcknowledgedComment comment)
    {
        comments.Enqueue(comment);
        Interlocked.Increment(ref acknowledged);
    }

    public void Updated() => Interlocked.Increment(ref acknowledged);

    public void Refused(string answer)
    {
        if (refusals.Count < 20)
        {
            refusals.Enqueue(answer);
        }
    }
}

public sealed record AcknowledgedComment(string CaseId, string CommentId, string Body);

/// <summary>
/// A case one writer filed and only that writer edits, so what it must hold is known exactly: the
/// last acknowledged title, or one sent after it whose answer never came (in flight at a kill).
/// </summary>
public sealed class FiledCase(string id, string token, string title, int version)
{
    private readonly List<string> unconfirmedTitles = [];

    public string Id => id;

    /// <summary>A word only this case holds, in its title and description, to find it in the index.</summary>
    public string Token => token;

    public string AcknowledgedTitle { get; private set; } = title;

    public int AcknowledgedVersion { get; private set; } = version;

    public IReadOnlyList<string> UnconfirmedTitles => unconfirmedTitles;

    public int Revisions { get; private set; }

    public static string TitleOf(string token, int revision) => $"Crash-test {token} revision {revision}";

    public string NextTitle() => TitleOf(token, ++Revisions);

    public void Sent(string newTitle) => unconfirmedTitles.Add(newTitle);

    /// <summary>The server acknowledged this state, or (after a conflict) showed it is what it holds.</summary>
    public void Holds(string newTitle, int newVersion)
    {
        AcknowledgedTitle = newTitle;
        AcknowledgedVersion = newVersion;
        unconfirmedTitles.Clear();
    }
}
