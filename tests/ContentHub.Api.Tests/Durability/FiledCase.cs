namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// A case one writer filed and only that writer edits, with every title it sent in order, and for
/// those the server acknowledged, the version and the acknowledgement's number. So what the case must
/// hold is known exactly: the last state acknowledged (up to some moment), or one sent after it.
/// </summary>
public sealed class FiledCase(string id, string token)
{
    private readonly List<State> states = [];
    private int revisions;

    public string Id => id;

    /// <summary>A word only this case holds, in its title and description, to find it in the index.</summary>
    public string Token => token;

    /// <summary>The version the next edit expects.</summary>
    public int AcknowledgedVersion => states.Last(s => s.Version is not null).Version!.Value;

    /// <summary>The number of the acknowledgement that filed the case.</summary>
    public long FiledAt => states[0].Acknowledgement!.Value;

    public static string TitleOf(string token, int revision) => $"Crash-test {token} revision {revision}";

    public string NextTitle() => TitleOf(token, ++revisions);

    public void Sent(string title) => states.Add(new State(title));

    /// <summary>The server acknowledged this state, or (after a conflict) showed it is what it holds.</summary>
    public void Holds(string title, int version, long acknowledgement)
    {
        var index = states.FindLastIndex(s => s.Title == title);
        if (index < 0)
        {
            states.Add(new State(title));
            index = states.Count - 1;
        }

        states[index] = states[index] with { Version = version, Acknowledgement = acknowledgement };
    }

    /// <summary>
    /// Whether the server may hold this title and version, given every acknowledgement up to
    /// <paramref name="asOf"/>: not a state older than the last one acknowledged by then.
    /// </summary>
    public bool MayHold(string title, int version, long asOf)
    {
        var promised = states.FindLastIndex(s => s.Acknowledgement <= asOf);
        var held = states.FindLastIndex(s => s.Title == title);
        return held == promised ? version == states[promised].Version : held > promised && version > states[promised].Version;
    }

    /// <summary>What the server must hold at least, for the failure message.</summary>
    public string Promised(long asOf) => states.FindLast(s => s.Acknowledgement <= asOf) is { } state ? $"\"{state.Title}\" v{state.Version}" : "nothing";

    private sealed record State(string Title, int? Version = null, long? Acknowledgement = null);
}
