namespace ContentHub.Search.Indexing;

/// <summary>
/// Told by <see cref="LogWriteObserver"/> once a save of this process has committed entries to the
/// case event log or the article revision log (up to these sequences): the search index feed and
/// the live case-event feed both wake on it instead of waiting for their next poll.
/// </summary>
public interface ILogWriteListener
{
    void ReportWritten(IndexWatermark appended);
}
