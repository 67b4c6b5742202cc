namespace ContentHub.Search.Indexing;

/// <summary>The logs the index reads: each kind of document comes from one of them.</summary>
[Flags]
public enum IndexLogs
{
    /// <summary>Case events: the case documents (similar cases, expert matches).</summary>
    Cases = 1,

    /// <summary>Article revisions: the article documents (knowledge-base search, suggested articles).</summary>
    Articles = 2,
}

/// <summary>How far the index has read each log: the last case event and article revision applied.</summary>
public readonly record struct IndexWatermark(long CaseSequence, long ArticleSequence)
{
    public bool Covers(IndexWatermark other) => CaseSequence >= other.CaseSequence && ArticleSequence >= other.ArticleSequence;

    /// <summary>This watermark for the given logs only: the others' sequences are left at zero, which anything covers.</summary>
    public IndexWatermark Only(IndexLogs logs) =>
        new(logs.HasFlag(IndexLogs.Cases) ? CaseSequence : 0, logs.HasFlag(IndexLogs.Articles) ? ArticleSequence : 0);

    public static IndexWatermark Max(IndexWatermark a, IndexWatermark b) =>
        new(Math.Max(a.CaseSequence, b.CaseSequence), Math.Max(a.ArticleSequence, b.ArticleSequence));
}
