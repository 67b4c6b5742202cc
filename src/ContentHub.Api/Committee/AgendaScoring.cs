using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Committee;

/// <summary>
/// Reads agenda items' scores with the criteria of their meeting's version and computes their
/// breakdowns. The decision and the read side both come here, so they cannot disagree.
/// </summary>
public sealed class AgendaScoring(ContentHubDbContext db, IMappingConfiguration mapping)
{
    public async Task<IReadOnlyDictionary<int, PriorityBreakdown?>> BreakdownsAsync(IReadOnlyCollection<int> agendaItemIds, CancellationToken cancellationToken)
    {
        var ids = agendaItemIds.ToList();
        var versions = await db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Meeting!.CriteriaVersionId }).ToDictionaryAsync(i => i.Id, i => i.CriteriaVersionId, cancellationToken);
        var versionIds = versions.Values.Distinct().ToList();
        var criteria = (await db.PrioritisationCriteria.AsNoTracking().Where(c => versionIds.Contains(c.CriteriaVersionId)).OrderBy(c => c.SortOrder)
            .ProjectTo<CriterionModel>(mapping).ToListAsync(cancellationToken)).ToLookup(c => c.CriteriaVersionId);
        var assessments = (await db.PriorityAssessments.AsNoTracking().Where(a => ids.Contains(a.AgendaItemId))
            .ProjectTo<AssessmentModel>(mapping).ToListAsync(cancellationToken)).ToLookup(a => a.AgendaItemId);
        return versions.ToDictionary(
            item => item.Key, item => PriorityScoring.Compute(criteria[item.Value].ToList(), assessments[item.Key].ToList()));
    }

    public async Task<PriorityBreakdown?> BreakdownAsync(int agendaItemId, CancellationToken cancellationToken) =>
        (await BreakdownsAsync([agendaItemId], cancellationToken)).GetValueOrDefault(agendaItemId);
}

/// <summary>Breakdowns of the agenda items a query reads, one batch per level.</summary>
public sealed class BreakdownByAgendaItemLoader(AgendaScoring scoring) : BatchLoader<int, PriorityBreakdown?>
{
    protected override Task<IReadOnlyDictionary<int, PriorityBreakdown?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        scoring.BreakdownsAsync(keys, cancellationToken);
}
