using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Committee;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using AutoMapper.QueryableExtensions;

namespace ContentHub.Api.Committee;

public static class CommitteeQueries
{
    public static void AddCommitteeQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeType>>>>("committees")
            .Description("The hub's expert committees.")
            .ResolveAsync(async context => await (await context.InHub(db => db.Committees)).AsNoTracking().OrderBy(c => c.Name)
                .ProjectTo<CommitteeModel>(context.Get<IMappingConfiguration>()).ToListAsync(context.CancellationToken));
}

public sealed class CommitteeByIdLoader(ContentHubDbContext db, RowsByKey rows, HubContext hub)
    : HubScopedByKeyLoader<ExpertCommittee, CommitteeModel>(db, rows, hub, c => c.Id, c => c.Id);

public sealed class MembersByCommitteeLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CommitteeMember, CommitteeMemberModel>(
        mapping, db.CommitteeMembers, m => m.CommitteeId, m => m.CommitteeId,
        q => q.OrderBy(m => m.Role == CommitteeRole.Chair ? 0 : 1).ThenBy(m => m.Person!.DisplayName));

/// <summary>The criteria in force: those of the committee's newest criteria version.</summary>
public sealed class CriteriaByCommitteeLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<PrioritisationCriterion, CriterionModel>(
        mapping,
        db.PrioritisationCriteria.Where(c => c.CriteriaVersion!.Number == db.CriteriaVersions.Where(v => v.CommitteeId == c.CommitteeId).Max(v => v.Number)),
        c => c.CommitteeId, c => c.CommitteeId, q => q.OrderBy(c => c.SortOrder));
