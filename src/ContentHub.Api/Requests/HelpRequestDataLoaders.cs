
using System.Linq.Expressions;
using AutoMapper.QueryableExtensions;
using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Api.Taxonomy;
using ContentHub.Data;
using ContentHub.Data.Requests;
using ContentHub.Data.Taxonomy;
using Microsoft.EntityFrameworkCore;


namespace ContentHub.Api.Requests;

/// <summary>The cases the caller may see (<see cref="RequestAccess"/>); any other is as absent as a missing one.</summary>
public sealed class HelpRequestByIdLoader(ContentHubDbContext db, RowsByKey rows, RequestAccess access, HubContext hub)
    : ModelByKeyLoader<HelpRequest, HelpRequestModel>(db, rows, r => r.Id, r => r.Id)
{
    // Staff see the whole hub: one compiled query. Anyone else's rules are a query of their own first.
    protected override async Task<List<HelpRequestModel>> ReadAsync(List<int> keys, CancellationToken cancellationToken) =>
        await access.SeesWholeHubAsync(cancellationToken)
            ? await Rows.ReadInHubAsync<HelpRequest, HelpRequestModel>(Db, EntityKey, await hub.GetHubIdAsync(cancellationToken), keys, cancellationToken)
            : await ReadVisibleAsync(await access.VisibleAsync(Db.HelpRequests, cancellationToken), keys, cancellationToken);
}

/// <summary>A case's comments, without the internal notes the caller may not read.</summary>
public sealed class CommentsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping, RequestAccess access) : GroupBatchLoader<int, CaseCommentModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, CaseCommentModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var comments = await access.CommentsAsync(db.CaseComments.AsNoTracking().Where(c => keys.Contains(c.HelpRequestId)), cancellationToken);
        var models = await comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ProjectTo<CaseCommentModel>(mapping).ToListAsync(cancellationToken);
        return models.Select(model => KeyValuePair.Create(model.HelpRequestId, model)).ToList();
    }
}

public sealed class AssignmentsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CaseAssignment, CaseAssignmentModel>(
        mapping, db.CaseAssignments, a => a.HelpRequestId, a => a.HelpRequestId, q => q.OrderBy(a => a.AssignedAt).ThenBy(a => a.Id));

public sealed class ReferralsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<Referral, ReferralModel>(
        mapping, db.Referrals, r => r.HelpRequestId, r => r.HelpRequestId, q => q.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id));

/// <summary>A case's history; that an internal note was written is itself internal, so only the hub sees those events.</summary>
public sealed class EventsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping, RequestAccess access) : GroupBatchLoader<int, CaseEventModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, CaseEventModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var events = db.CaseEvents.AsNoTracking().Where(e => keys.Contains(e.HelpRequestId));
        if (!await access.SeesEveryInternalNoteAsync(cancellationToken))
        {
            events = events.Where(e => e.Kind != CaseEventKind.Commented || e.Data == null || !e.Data.Contains(CaseEventLog.InternalNoteMark));
        }

        var models = await events.OrderBy(e => e.Sequence).ProjectTo<CaseEventModel>(mapping).ToListAsync(cancellationToken);
        return models.Select(model => KeyValuePair.Create(model.HelpRequestId, model)).ToList();
    }
}

/// <summary>The help types of many requests, through the many-to-many join, in one compiled query.</summary>
public sealed class HelpTypesByRequestLoader(ContentHubDbContext db, HelpTypesOfRequests query) : GroupBatchLoader<int, HelpTypeModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, HelpTypeModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var rows = new List<KeyValuePair<int, HelpTypeModel>>();
        await foreach (var row in query.Run(db, keys.ToList()).WithCancellation(cancellationToken))
        {
            rows.Add(KeyValuePair.Create(row.RequestId, row.HelpType));
        }

        return rows;
    }
}

/// <summary>
/// The query behind <see cref="HelpTypesByRequestLoader"/>, compiled once with AutoMapper's
/// projection of the help types inside: the triage queue and every similarity search ask for a
/// case's help types, and EF Core otherwise walked, hashed and looked up the join on every batch.
/// </summary>
public sealed class HelpTypesOfRequests
{
    public HelpTypesOfRequests(RowsByKey rows)
    {
        // Straight through the join table: a correlated SelectMany needs APPLY, which SQLite lacks.
        Expression<Func<IQueryable<HelpTypeModel>, ContentHubDbContext, List<int>, IQueryable<RequestHelpType>>> joined = (helpTypes, db, keys) =>
            db.Set<Dictionary<string, object>>("HelpRequestHelpType")
                .Where(link => keys.Contains(EF.Property<int>(link, "HelpRequestId")))
                .Join(helpTypes, link => EF.Property<int>(link, "HelpTypeId"), t => t.Id, (link, t) => new { RequestId = EF.Property<int>(link, "HelpRequestId"), HelpType = t })
                .OrderBy(row => row.HelpType.Name)
                .Select(row => new RequestHelpType(row.RequestId, row.HelpType));
        var db = joined.Parameters[1];
        var helpTypes = rows.Projected<HelpType, HelpTypeModel>(Expression.Property(db, nameof(ContentHubDbContext.HelpTypes)));
        Run = EF.CompileAsyncQuery(Expression.Lambda<Func<ContentHubDbContext, List<int>, IQueryable<RequestHelpType>>>(
            FilterExpressions.Replace(joined, helpTypes), db, joined.Parameters[2]));
    }

    public Func<ContentHubDbContext, List<int>, IAsyncEnumerable<RequestHelpType>> Run { get; }
}

public sealed record RequestHelpType(int RequestId, HelpTypeModel HelpType);

/// <summary>Comments, assignments and referrals are nodes; they are found through a case the caller may see.</summary>
public abstract class CasePartByIdLoader<TEntity, TModel>(
    ContentHubDbContext db, RowsByKey rows, RequestAccess access, Expression<Func<TEntity, int>> entityKey, Func<TModel, int> modelKey,
    Func<IQueryable<TEntity>, CancellationToken, ValueTask<IQueryable<TEntity>>>? narrow = null)
    : ModelByKeyLoader<TEntity, TModel>(db, rows, entityKey, modelKey)
    where TEntity : class
    where TModel : class
{
    protected override async Task<List<TModel>> ReadAsync(List<int> keys, CancellationToken cancellationToken)
    {
        var cases = await access.VisibleAsync(Db.HelpRequests, cancellationToken);
        var parts = Db.Set<TEntity>().Where(part => cases.Any(r => r.Id == EF.Property<int>(part, nameof(CaseComment.HelpRequestId))));
        return await ReadVisibleAsync(narrow is null ? parts : await narrow(parts, cancellationToken), keys, cancellationToken);
    }
}

public sealed class CommentByIdLoader(ContentHubDbContext db, RowsByKey rows, RequestAccess access)
    : CasePartByIdLoader<CaseComment, CaseCommentModel>(db, rows, access, c => c.Id, c => c.Id, access.CommentsAsync);

public sealed class ReferralByIdLoader(ContentHubDbContext db, RowsByKey rows, RequestAccess access)
    : CasePartByIdLoader<Referral, ReferralModel>(db, rows, access, r => r.Id, r => r.Id);
