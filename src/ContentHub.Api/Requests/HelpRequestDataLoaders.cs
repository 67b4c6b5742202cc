using AutoMapper;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Taxonomy;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using AutoMapper.QueryableExtensions;

namespace ContentHub.Api.Requests;

public sealed class HelpRequestByIdLoader(ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub)
    : ModelByKeyLoader<HelpRequest, HelpRequestModel>(
        mapping,
        async cancellationToken =>
        {
            var hubId = await hub.GetHubIdAsync(cancellationToken);
            return db.HelpRequests.Where(r => r.HubId == hubId);
        },
        r => r.Id,
        r => r.Id);

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
        var rows = await db.HelpRequests.AsNoTracking()
            .Where(r => keys.Contains(r.Id))
            .SelectMany(r => r.HelpTypes.Select(t => new { RequestId = r.Id, HelpType = t }))
            .OrderBy(row => row.HelpType.Name)
            .ToListAsync(cancellationToken);
        var mapper = mapping.CreateMapper();
        return rows.Select(row => KeyValuePair.Create(row.RequestId, mapper.Map<HelpTypeModel>(row.HelpType))).ToList();
    }
}
