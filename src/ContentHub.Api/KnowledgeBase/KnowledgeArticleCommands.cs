using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.KnowledgeBase;

/// <summary>Writes knowledge-base articles. Bodies are Markdown stored as text; nothing here renders them.</summary>
public sealed class KnowledgeArticleCommands(ContentHubDbContext db, IMapper mapper, HubContext hub, TimeProvider clock)
{
    private const int MaxTags = 20;

    public async Task<Payload<KnowledgeArticleModel>> CreateAsync(CreateArticleInput input, CancellationToken cancellationToken)
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        var errors = new InputErrors();
        var now = clock.GetUtcNow();
        var article = new KnowledgeArticle
        {
            HubId = hubId,
            Key = errors.Key("input.key", input.Key) ?? "",
            Title = "",
            Body = "",
            Language = "",
            Version = 1,
            CreatedAt = now,
        };
        if (await db.KnowledgeArticles.AnyAsync(a => a.HubId == hubId && a.Key == article.Key, cancellationToken))
        {
            errors.Add(new DuplicateError("input.key", $"An article with key '{article.Key}' already exists in this hub."));
        }

        await ApplyAsync(article, errors, input.Title, input.Body, input.Language, input.Tags ?? [], input.Status ?? ArticleStatus.Draft, input.SourceCaseIds, cancellationToken);
        if (errors.Any)
        {
            return Payload<KnowledgeArticleModel>.Failure(errors.All);
        }

        db.KnowledgeArticles.Add(article);
        AppendRevision(article, version: 1);
        return await db.SaveUnlessTakenMeanwhileAsync(cancellationToken)
            ? mapper.Map<KnowledgeArticleModel>(article)
            : new DuplicateError("input.key", $"An article with key '{article.Key}' was created in this hub at the same moment.");
    }

    public async Task<Payload<KnowledgeArticleModel>> UpdateAsync(UpdateArticleInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var article = await hub.FindNodeAsync(db.KnowledgeArticles.Include(a => a.SourceCases), errors, "input.id", input.Id, "KnowledgeArticle", cancellationToken);
        if (article is null)
        {
            return Payload<KnowledgeArticleModel>.Failure(errors.All);
        }

        if (article.Version != input.ExpectedVersion)
        {
            return Conflict(input.ExpectedVersion, article.Version);
        }

        await ApplyAsync(article, errors, input.Title ?? article.Title, input.Body ?? article.Body, input.Language ?? article.Language,
            input.Tags ?? article.Tags, input.Status ?? article.Status, input.SourceCaseIds, cancellationToken);
        if (errors.Any)
        {
            return Payload<KnowledgeArticleModel>.Failure(errors.All);
        }

        // Saving bumps the version; the revision records the version this save creates.
        AppendRevision(article, version: article.Version + 1);
        return await db.SaveUnlessEditedMeanwhileAsync(article, cancellationToken) is { } current
            ? Conflict(input.ExpectedVersion, current)
            : mapper.Map<KnowledgeArticleModel>(article);
    }

    private async Task ApplyAsync(
        KnowledgeArticle article, InputErrors errors, string title, string body, string language, List<string> tags, ArticleStatus status,
        List<string>? sourceCaseIds, CancellationToken cancellationToken)
    {
        article.Title = errors.Text("input.title", title, Limits.Title, required: true) ?? article.Title;
        article.Body = errors.Markdown("input.body", body, Limits.ArticleBody, required: true) ?? article.Body;
        article.Language = errors.LanguageCode("input.language", language, required: true) ?? article.Language;
        article.Tags = tags.Select((tag, i) => errors.Key($"input.tags[{i}]", tag)).OfType<string>().Distinct().ToList();
        if (article.Tags.Count > MaxTags)
        {
            errors.Add(new ValidationError("input.tags", $"An article has at most {MaxTags} tags."));
        }

        if (status == ArticleStatus.Published && article.PublishedAt is null)
        {
            article.PublishedAt = clock.GetUtcNow();
        }

        article.Status = status;
        article.UpdatedAt = clock.GetUtcNow();
        if (sourceCaseIds is not null)
        {
            var wanted = sourceCaseIds.Select((id, i) => (Field: $"input.sourceCaseIds[{i}]", Id: id, Key: errors.Id($"input.sourceCaseIds[{i}]", id, "HelpRequest"))).ToList();
            var keys = wanted.Select(w => w.Key).OfType<int>().Distinct().ToList();
            var cases = await db.HelpRequests.Where(r => r.HubId == article.HubId && keys.Contains(r.Id)).ToListAsync(cancellationToken);
            foreach (var missing in wanted.Where(w => w.Key is { } key && cases.All(c => c.Id != key)))
            {
                errors.NotFound(missing.Field, missing.Id, "HelpRequest");
            }

            article.SourceCases.Clear();
            article.SourceCases.AddRange(cases);
        }
    }

    /// <summary>
    /// Adds (without saving) a draft article holding a resolved case's answer, linked to the case,
    /// so the caller saves both together.
    /// </summary>
    public async Task<KnowledgeArticle> DraftFromCaseAsync(HelpRequest request, string title, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var key = $"kb-case-{request.Id}";
        for (var n = 2; await db.KnowledgeArticles.AnyAsync(a => a.HubId == request.HubId && a.Key == key, cancellationToken); n++)
        {
            key = $"kb-case-{request.Id}-{n}";
        }

        var now = clock.GetUtcNow();
        var article = new KnowledgeArticle
        {
            HubId = request.HubId,
            Key = key,
            Title = title,
            Body = request.Resolution ?? "",
            Language = request.Language,
            Tags = tags.ToList(),
            Status = ArticleStatus.Draft,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            SourceCases = [request],
        };
        db.KnowledgeArticles.Add(article);
        AppendRevision(article, version: 1);
        return article;
    }

    /// <summary>Every saved version goes to the revision log, which feeds the search index.</summary>
    private void AppendRevision(KnowledgeArticle article, int version) => db.ArticleRevisions.Add(new ArticleRevision
    {
        Article = article,
        HubId = article.HubId,
        Version = version,
        Title = article.Title,
        Body = article.Body,
        Status = article.Status,
        SavedAt = clock.GetUtcNow(),
    });

    private static ConcurrencyConflictError Conflict(int expected, int current) => ConcurrencyConflictError.Of("article", expected, current);
}
