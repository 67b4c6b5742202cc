
using System.Linq.Expressions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Taxonomy;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;


namespace ContentHub.Api.Requests;

public sealed class HelpRequestByIdLoader(ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub)
    : HubScopedByKeyLoader<HelpRequest, HelpRequestModel>(db, mapping, hub, r => r.Id, r => r.Id);

public sealed class CommentsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CaseComment, CaseCommentModel>(
        mapping, db.CaseComments, c => c.HelpRequestId, c => c.HelpRequestId, q => q.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id));

public sealed class AssignmentsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CaseAssignment, CaseAssignmentModel>(
        mapping, db.CaseAssignments, a => a.HelpRequestId, a => a.HelpRequestId, q => q.OrderBy(a => a.AssignedAt).ThenBy(a => a.Id));

public sealed class ReferralsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<Referral, ReferralModel>(
        mapping, db.Referrals, r => r.HelpRequestId, r => r.HelpRequestId, q => q.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id));

public sealed class EventsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CaseEvent, CaseEventModel>(
        mapping, db.CaseEvents, e => e.HelpRequestId, e => e.HelpRequestId, q => q.OrderBy(e => e.Sequence));

/// <summary>The help types of many requests, through the many-to-many join, in one query.</summary>
public sealed class HelpTypesByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping) : GroupBatchLoader<int, HelpTypeModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, HelpTypeModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        // Straight through the join table: a correlated SelectMany needs APPLY, which SQLite lacks.
        var rows = await db.Set<Dictionary<string, object>>("HelpRequestHelpType")
            .Where(link => keys.Contains(EF.Property<int>(link, "HelpRequestId")))
            .Join(db.HelpTypes, link => EF.Property<int>(link, "HelpTypeId"), t => t.Id,
                (link, t) => new { RequestId = EF.Property<int>(link, "HelpRequestId"), HelpType = t })
            .OrderBy(row => row.HelpType.Name)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var mapper = mapping.CreateMapper();
        return rows.Select(row => KeyValuePair.Create(row.RequestId, mapper.Map<HelpTypeModel>(row.HelpType))).ToList();
    }
}

/// <summary>Comments, assignments and referrals are nodes; they are found through a case of the addressed hub.</summary>
public abstract class CasePartByIdLoader<TEntity, TModel>(
    ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub, Expression<Func<TEntity, int>> entityKey, Func<TModel, int> modelKey)
    : ModelByKeyLoader<TEntity, TModel>(
        mapping,
        async cancellationToken =>
        {
            var hubId = await hub.GetHubIdAsync(cancellationToken);
            return db.Set<TEntity>().Where(part => db.HelpRequests.Any(r => r.Id == EF.Property<int>(part, nameof(CaseComment.HelpRequestId)) && r.HubId == hubId));
        },
        entityKey,
        modelKey)
    where TEntity : class
    where TModel : class;

public sealed class CommentByIdLoader(ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub)
    : CasePartByIdLoader<CaseComment, CaseCommentModel>(db, mapping, hub, c => c.Id, c => c.Id);

public sealed class ReferralByIdLoader(ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub)
    : CasePartByIdLoader<Referral, ReferralModel>(db, mapping, hub, r => r.Id, r => r.Id);
