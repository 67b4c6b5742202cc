using AutoMapper.QueryableExtensions;
using ContentHub.Api.Access;
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
                context => ArticleAccess.VisibleAsync(context.Get<ContentHubDbContext>().KnowledgeArticles, context.Get<HubContext>(), context.Get<Caller>(), context.CancellationToken),
                a => a.Id)
            .Description("The hub's knowledge-base articles, by title unless ordered otherwise: published ones for everyone, drafts and archived ones for their authors (experts and staff).");
}

public sealed class ArticleByIdLoader(ContentHubDbContext db, RowsByKey rows, HubContext hub, Caller caller)
    : ModelByKeyLoader<KnowledgeArticle, KnowledgeArticleModel>(db, rows, a => a.Id, a => a.Id)
{
    protected override async Task<List<KnowledgeArticleModel>> ReadAsync(List<int> keys, CancellationToken cancellationToken) =>
        await ReadVisibleAsync(await ArticleAccess.VisibleAsync(Db.KnowledgeArticles, hub, caller, cancellationToken), keys, cancellationToken);
}

/// <summary>Published articles are the hub's public answers; drafts and archived ones are work of the authors.</summary>
public static class ArticleAccess
{
    public static async ValueTask<IQueryable<KnowledgeArticle>> VisibleAsync(
        IQueryable<KnowledgeArticle> articles, HubContext hub, Caller caller, CancellationToken cancellationToken)
    {
        var scoped = await hub.ScopeAsync(articles, cancellationToken);
        return await caller.HoldsAnyAsync(Roles.Authors, cancellationToken) ? scoped : scoped.Where(a => a.Status == ArticleStatus.Published);
    }
}

/// <summary>The cases an article was born from, those of them the caller may see.</summary>
public sealed class SourceCasesByArticleLoader(ContentHubDbContext db, IMappingConfiguration mapping, RequestAccess access) : GroupBatchLoader<int, HelpRequestModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, HelpRequestModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var cases = await access.VisibleAsync(db.HelpRequests, cancellationToken);
        // Straight through the join table: a correlated SelectMany needs APPLY, which SQLite lacks.
        var rows = await db.Set<Dictionary<string, object>>("KnowledgeArticleSourceCase")
            .Where(link => keys.Contains(EF.Property<int>(link, "KnowledgeArticleId")))
            .Join(cases.ProjectTo<HelpRequestModel>(mapping), link => EF.Property<int>(link, "HelpRequestId"), r => r.Id,
                (link, r) => new { ArticleId = EF.Property<int>(link, "KnowledgeArticleId"), Case = r })
            .OrderBy(row => row.Case.CreatedAt)
            .ToListAsync(cancellationToken);
        return rows.Select(row => KeyValuePair.Create(row.ArticleId, row.Case)).ToList();
    }
}
