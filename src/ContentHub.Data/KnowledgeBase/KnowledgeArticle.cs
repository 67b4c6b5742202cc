using ContentHub.Data.Hubs;
using ContentHub.Data.Requests;

namespace ContentHub.Data.KnowledgeBase;

/// <summary>A recurring answer, often born from a resolved case. The body is Markdown, stored as text.</summary>
public sealed class KnowledgeArticle : IHubScoped, IVersioned
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string Language { get; set; }
    public List<string> Tags { get; set; } = [];
    public ArticleStatus Status { get; set; }
    /// <summary>Starts at 1 and grows with every edit; also the optimistic concurrency token.</summary>
    public int Version { get; set; }
    public List<HelpRequest> SourceCases { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

public enum ArticleStatus
{
    Draft,
    Published,
    Archived,
}
