using AutoMapper;
using ContentHub.Data.KnowledgeBase;

namespace ContentHub.Api.KnowledgeBase;

public sealed class KnowledgeArticleModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string Language { get; init; }
    public List<string> Tags { get; init; } = [];
    public ArticleStatus Status { get; init; }
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
}

public sealed class KnowledgeArticleProfile : Profile
{
    public KnowledgeArticleProfile() => CreateMap<KnowledgeArticle, KnowledgeArticleModel>();
}
