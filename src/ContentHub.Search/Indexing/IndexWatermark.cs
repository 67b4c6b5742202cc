namespace ContentHub.Search.Indexing;

/// <summary>How far the index has read each log: the last case event and article revision applied.</summary>
public readonly record struct IndexWatermark(long CaseSequence, long ArticleSequence)
{
    public bool Covers(IndexWatermark other) => CaseSequence >= other.CaseSequence && ArticleSequence >= other.ArticleSequence;

    public static IndexWatermark Max(IndexWatermark a, IndexWatermark b) =>
        new(Math.Max(a.CaseSequence, b.CaseSequence), Math.Max(a.ArticleSequence, b.ArticleSequence));
}
