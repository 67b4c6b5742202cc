using ContentHub.Data;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Search.Indexing;

/// <summary>Reads what the index holds from the database, the source of truth.</summary>
public sealed class IndexSource(ContentHubDbContext db)
{
    /// <summary>
    /// Marks the SQL of the background log readers (this indexer, and the live-update feed), so
    /// database diagnostics (and the tests' command counts) can tell it from requests' SQL.
    /// </summary>
    public const string QueryTag = "background log feed";

    private const int PageSize = 500;

    /// <summary>The newest entry of each log, read before a rebuild so nothing written during it is missed.</summary>
    public async Task<IndexWatermark> LatestAsync(CancellationToken cancellationToken) => new(
        await db.CaseEvents.TagWith(QueryTag).MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0,
        await db.ArticleRevisions.TagWith(QueryTag).MaxAsync(r => (long?)r.Sequence, cancellationToken) ?? 0);

    public async Task<(IReadOnlyList<int> Cases, long LastSequence)> ChangedCasesAsync(long after, int limit, CancellationToken cancellationToken)
    {
        var events = await db.CaseEvents.TagWith(QueryTag).AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(limit)
            .Select(e => new { e.Sequence, e.HelpRequestId }).ToListAsync(cancellationToken);
        return (events.Select(e => e.HelpRequestId).Distinct().ToList(), events.Count == 0 ? after : events[^1].Sequence);
    }

    public async Task<(IReadOnlyList<int> Articles, long LastSequence)> ChangedArticlesAsync(long after, int limit, CancellationToken cancellationToken)
    {
        var revisions = await db.ArticleRevisions.TagWith(QueryTag).AsNoTracking().Where(r => r.Sequence > after).OrderBy(r => r.Sequence).Take(limit)
            .Select(r => new { r.Sequence, r.ArticleId }).ToListAsync(cancellationToken);
        return (revisions.Select(r => r.ArticleId).Distinct().ToList(), revisions.Count == 0 ? after : revisions[^1].Sequence);
    }

    public Task<List<SearchDocument>> CasesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        CasesAsync(db.HelpRequests.Where(r => ids.Contains(r.Id)), cancellationToken);

    public Task<List<SearchDocument>> ArticlesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        ArticlesAsync(db.KnowledgeArticles.Where(a => ids.Contains(a.Id)), cancellationToken);

    /// <summary>Every case and article, a page at a time, for a rebuild.</summary>
    public IAsyncEnumerable<SearchDocument> AllAsync(CancellationToken cancellationToken) =>
        PagesAsync(after => CasesAsync(db.HelpRequests.Where(r => r.Id > after).OrderBy(r => r.Id).Take(PageSize), cancellationToken))
            .Concat(PagesAsync(after => ArticlesAsync(db.KnowledgeArticles.Where(a => a.Id > after).OrderBy(a => a.Id).Take(PageSize), cancellationToken)));

    /// <summary>Keyset paging by id: each page starts after the last id of the one before.</summary>
    private static async IAsyncEnumerable<SearchDocument> PagesAsync(Func<int, Task<List<SearchDocument>>> pageAfter)
    {
        for (var lastId = 0; ;)
        {
            var page = await pageAfter(lastId);
            foreach (var document in page)
            {
                yield return document;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            lastId = page[^1].Id;
        }
    }

    // Entities are loaded and mapped here rather than projected in SQL: the nested lists would need
    // APPLY, which SQLite lacks.
    private async Task<List<SearchDocument>> CasesAsync(IQueryable<HelpRequest> requests, CancellationToken cancellationToken)
    {
        var loaded = await requests.TagWith(QueryTag).AsNoTracking().Include(r => r.HelpTypes).ToListAsync(cancellationToken);
        // By the loaded ids, not by the page's query: joined into the credits' union, that query ran twice.
        var ids = loaded.Select(r => r.Id).ToList();
        var resolvedBy = (await db.ResolutionCredits(db.HelpRequests.Where(r => ids.Contains(r.Id))).TagWith(QueryTag)
            .Select(c => new { c.HelpRequestId, c.ExpertProfileId }).ToListAsync(cancellationToken))
            .ToLookup(c => c.HelpRequestId, c => c.ExpertProfileId);
        return loaded.Select(r => new SearchDocument(
            DocumentKind.Case,
            r.Id,
            r.HubId,
            r.Language,
            r.Title,
            // The answer is part of what makes a past case useful to find.
            r.Resolution is null ? r.Description : r.Description + "\n\n" + r.Resolution,
            r.Status.ToString(),
            r.HelpTypes.Select(t => t.Key).ToList(),
            new CaseFacts(
                r.HelpTypes.Select(t => t.Key).ToList(),
                r.TargetPlatforms.Select(p => p.ToString()).ToList(),
                r.Partner?.Type.ToString(),
                r.CampaignId,
                r.AffiliateId,
                r.Status is RequestStatus.Resolved or RequestStatus.Closed,
                resolvedBy[r.Id].Order().ToList(),
                r.ResolvedAt is { } resolvedAt ? DateOnly.FromDateTime(resolvedAt.UtcDateTime) : null))).ToList();
    }

    private static async Task<List<SearchDocument>> ArticlesAsync(IQueryable<KnowledgeArticle> articles, CancellationToken cancellationToken) =>
        (await articles.TagWith(QueryTag).AsNoTracking().ToListAsync(cancellationToken)).Select(a => new SearchDocument(
            DocumentKind.Article, a.Id, a.HubId, a.Language, a.Title, a.Body, a.Status.ToString(), a.Tags, null)).ToList();
}
