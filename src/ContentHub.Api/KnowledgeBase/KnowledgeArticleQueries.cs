using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.KnowledgeBase;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.KnowledgeBase;

public sealed class KnowledgeArticleFilterInputType : FilterInputType<KnowledgeArticle>
{
    public KnowledgeArticleFilterInputType() : base("KnowledgeArticleFilterInput")
    {
        Filter<StringOperationFilterInputType, string>("key", a => a.Key);
        Filter<StringOperationFilterInputType, string>("title", a => a.Title);
        Filter<StringOperationFilterInputType, string>("language", a => a.Language);
        Filter<ListStringOperationFilterInputType, List<string>>("tags", a => a.Tags);
        Filter<EnumOperationFilterInputType<EnumerationGraphType<ArticleStatus>>, ArticleStatus>("status", a => a.Status);
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("updatedAt", a => a.UpdatedAt);
    }
}

public sealed class KnowledgeArticleSortInputType : SortInputType<KnowledgeArticle>
{
    public KnowledgeArticleSortInputType() : base("KnowledgeArticleSortInput")
    {
        Sort("title", a => a.Title);
        Sort("language", a => a.Language);
        Sort("status", a => a.Status);
        Sort("updatedAt", a => a.UpdatedAt);
        Sort("createdAt", a => a.CreatedAt);
    }

    protected override IOrderedQueryable<KnowledgeArticle> DefaultOrder(
        IQueryable<KnowledgeArticle> query, System.Linq.Expressions.Expression<Func<KnowledgeArticle, int>> tieBreaker) =>
        query.OrderBy(a => a.Title).ThenBy(tieBreaker);
}

public sealed class KnowledgeArticlesConnectionType() : ConnectionType<KnowledgeArticleType, KnowledgeArticleModel>("KnowledgeArticles");

public static class KnowledgeArticleQueries
{
    public static void AddKnowledgeArticleQueries(this ObjectGraphType query) =>
        query.Connection<object?, KnowledgeArticlesConnectionType, KnowledgeArticleFilterInputType, KnowledgeArticleSortInputType, KnowledgeArticle, KnowledgeArticleModel>(
                "articles",
                context => context.InHub(db => db.KnowledgeArticles),
                a => a.Id)
            .Description("The hub's knowledge-base articles, by title unless ordered otherwise. Full-text search comes with the search index.");
}

public sealed class ArticleByIdLoader(ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub)
    : HubScopedByKeyLoader<KnowledgeArticle, KnowledgeArticleModel>(db, mapping, hub, a => a.Id, a => a.Id);

public sealed class SourceCasesByArticleLoader(ContentHubDbContext db, IMappingConfiguration mapping) : GroupBatchLoader<int, HelpRequestModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, HelpRequestModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        // Straight through the join table: a correlated SelectMany needs APPLY, which SQLite lacks.
        var rows = await db.Set<Dictionary<string, object>>("KnowledgeArticleSourceCase")
            .Where(link => keys.Contains(EF.Property<int>(link, "KnowledgeArticleId")))
            .Join(db.HelpRequests, link => EF.Property<int>(link, "HelpRequestId"), r => r.Id,
                (link, r) => new { ArticleId = EF.Property<int>(link, "KnowledgeArticleId"), Case = r })
            .OrderBy(row => row.Case.CreatedAt)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var mapper = mapping.CreateMapper();
        return rows.Select(row => KeyValuePair.Create(row.ArticleId, mapper.Map<HelpRequestModel>(row.Case))).ToList();
    }
}
