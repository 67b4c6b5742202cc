namespace ContentHub.Data.KnowledgeBase;

/// <summary>
/// One saved version of an article, appended in the same transaction as the edit. The growing
/// <see cref="Sequence"/> lets the search index (and later the audit history) resume where it was.
/// </summary>
public sealed class ArticleRevision
{
    public long Sequence { get; set; }
    public int HubId { get; set; }
    public int ArticleId { get; set; }
    public KnowledgeArticle? Article { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public ArticleStatus Status { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
