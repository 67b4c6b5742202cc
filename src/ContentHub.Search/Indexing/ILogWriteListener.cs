namespace ContentHub.Search.Indexing;

/// <summary>
/// Told by <see cref="LogWriteObserver"/> once a save of this process has committed entries to the
/// case event log or the article revision log: the search index feed and the live case-event feed
/// both wake on it instead of waiting for their next poll.
/// </summary>
public interface ILogWriteListener
{
    void ReportWritten(LogAppend append);
}

/// <summary>
/// What one committed save appended: the highest sequence of each log, and for each person the
/// case events record as actor, the highest sequence of theirs (so that their searches can wait
/// for their own writes and for nobody else's).
/// </summary>
public sealed record LogAppend(IndexWatermark Sequences, IReadOnlyDictionary<int, long> CaseEventsByActor);
