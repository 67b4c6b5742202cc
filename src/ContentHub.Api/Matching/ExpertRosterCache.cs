using ContentHub.Data;
using ContentHub.Search.Matching;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Matching;

/// <summary>
/// Keeps each hub's experts, as matching reads them, between requests. Reading and shaping every
/// profile with its skills was half of each <c>expertMatches</c> call (1,000 experts in the load
/// test). Every change to a profile or its skills goes through one that sets its
/// <c>UpdatedAt</c>, so the cached roster holds while the hub's number of experts and latest
/// <c>UpdatedAt</c> stay the same. The team figures (track record, open hours) are left at zero
/// here: <see cref="ExpertCandidates"/> fills them in from <see cref="TeamFiguresCache"/>.
/// </summary>
public sealed class ExpertRosterCache
{
    // One statement for both halves of the stamp, compiled once: this runs on every expertMatches call.
    private static readonly Func<ContentHubDbContext, int, CancellationToken, Task<RosterStamp?>> StampOf =
        EF.CompileAsyncQuery((ContentHubDbContext db, int hubId, CancellationToken cancellationToken) => db.ExpertProfiles
            .Where(e => e.HubId == hubId)
            .GroupBy(_ => 1)
            .Select(all => new RosterStamp(all.Count(), all.Max(e => (DateTimeOffset?)e.UpdatedAt)))
            .FirstOrDefault());

    private readonly StampedCache<RosterStamp, IReadOnlyList<ExpertCandidate>> hubs = new();

    public async Task<IReadOnlyList<ExpertCandidate>> GetAsync(ContentHubDbContext db, int hubId, CancellationToken cancellationToken)
    {
        var stamp = await StampOf(db, hubId, cancellationToken) ?? new RosterStamp(0, null);
        var profiles = db.ExpertProfiles.AsNoTracking().Where(e => e.HubId == hubId);
        return await hubs.GetAsync(hubId, stamp, async () => (await profiles
                .Select(e => new
                {
                    e.Id, e.Kind, e.Bio, e.HomeOrganisation, e.Languages, e.Regions, e.MonthlyCapacityHours, e.AwayUntil, e.UpdatedAt,
                    Skills = e.Skills.Select(s => new { s.Skill!.Key, s.Skill.Name, s.Level }).ToList(),
                })
                .ToListAsync(cancellationToken))
            .Select(e => new ExpertCandidate(
                e.Id,
                e.Kind == Data.Experts.ExpertKind.Internal,
                string.Join("\n", new[] { e.Bio, e.HomeOrganisation }.Concat(e.Skills.Select(s => s.Name)).OfType<string>()),
                e.UpdatedAt.UtcTicks,
                e.Skills.ToDictionary(s => s.Key, s => (int)s.Level),
                e.Languages,
                e.Regions,
                ResolvedCases: 0,
                RecentlyResolved: 0,
                OpenHours: 0,
                e.MonthlyCapacityHours,
                e.AwayUntil))
            .ToList());
    }
}

/// <summary>How many experts a hub has and when one of them last changed.</summary>
public sealed record RosterStamp(int Count, DateTimeOffset? Latest);
