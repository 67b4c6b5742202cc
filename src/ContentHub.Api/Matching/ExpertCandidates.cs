using ContentHub.Api.Experts;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using ContentHub.Data.Requests;
using ContentHub.Search.Matching;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Matching;

/// <summary>What matching needs from the database for one request: the hub's experts as candidates, the skills asked for, the region.</summary>
public sealed record MatchContext(IReadOnlyList<ExpertCandidate> Candidates, IReadOnlyList<string> NeededSkills, string? Region, MatchingWeights Weights);

/// <summary>
/// Loads a hub's experts with their skills, languages, regions, track record and open work, in a
/// handful of set-based queries whatever the number of experts.
/// </summary>
public sealed class ExpertCandidates(ContentHubDbContext db, ExpertWorkload workload, ExpertRosterCache roster, TeamFiguresCache cache, TimeProvider clock)
{
    // Compiled once, as every expertMatches call runs them: EF Core would otherwise walk, hash and
    // look up each query's expression on every call.
    private static readonly Func<ContentHubDbContext, int, CancellationToken, Task<ExpertMatchingPolicy>> PolicyOf =
        EF.CompileAsyncQuery((ContentHubDbContext db, int hubId, CancellationToken cancellationToken) =>
            db.Hubs.AsNoTracking().Where(h => h.Id == hubId).Select(h => h.Matching).Single());

    private static readonly Func<ContentHubDbContext, int, List<string>, IAsyncEnumerable<string>> SkillsFor =
        EF.CompileAsyncQuery((ContentHubDbContext db, int hubId, List<string> helpTypes) =>
            db.HelpTypes.Where(t => t.HubId == hubId && helpTypes.Contains(t.Key)).SelectMany(t => t.Skills.Select(s => s.Key)).Distinct());

    private static readonly Func<ContentHubDbContext, int, CancellationToken, Task<string?>> RegionOf =
        EF.CompileAsyncQuery((ContentHubDbContext db, int affiliateId, CancellationToken cancellationToken) =>
            db.Affiliates.Where(a => a.Id == affiliateId).Select(a => a.Region).SingleOrDefault());

    public async Task<MatchContext> LoadAsync(int hubId, int affiliateId, IReadOnlyCollection<string> helpTypes, CancellationToken cancellationToken)
    {
        var policy = await PolicyOf(db, hubId, cancellationToken);
        var neededSkills = await SkillsFor(db, hubId, helpTypes.ToList()).ToListAsync(cancellationToken);
        var region = await RegionOf(db, affiliateId, cancellationToken);

        var experts = await roster.GetAsync(db, hubId, cancellationToken);
        var (track, openHours) = await cache.GetAsync(db, hubId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), policy.DefaultAssignmentHours, async () => new TeamFigures(
            await TrackRecordsAsync(hubId, cancellationToken),
            await workload.OpenHoursAsync(hubId, policy.DefaultAssignmentHours, null, cancellationToken)), cancellationToken);

        var candidates = experts.Select(e => e with
        {
            ResolvedCases = track.GetValueOrDefault(e.ExpertId).All,
            RecentlyResolved = track.GetValueOrDefault(e.ExpertId).Recent,
            OpenHours = openHours.GetValueOrDefault(e.ExpertId),
        }).ToList();
        return new MatchContext(candidates, neededSkills, region, MatchingWeights.Of(policy));
    }

    /// <summary>Cases each expert resolved (<see cref="ResolutionCreditQueries.ResolutionCredits"/>), all told and in the last twelve months.</summary>
    private async Task<Dictionary<int, (int All, int Recent)>> TrackRecordsAsync(int hubId, CancellationToken cancellationToken)
    {
        var yearAgo = clock.GetUtcNow().AddYears(-1);
        return await db.ResolutionCredits(db.HelpRequests.Where(r => r.HubId == hubId))
            .GroupBy(credit => credit.ExpertProfileId)
            .Select(g => new { Expert = g.Key, All = g.Count(), Recent = g.Count(credit => credit.ResolvedAt >= yearAgo) })
            .ToDictionaryAsync(x => x.Expert, x => (x.All, x.Recent), cancellationToken);
    }
}
