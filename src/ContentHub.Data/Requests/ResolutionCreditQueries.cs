using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data.Requests;

/// <summary>One expert credited with resolving one case.</summary>
public sealed class ResolutionCredit
{
    public int ExpertProfileId { get; init; }
    public int HelpRequestId { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
}

public static class ResolutionCreditQueries
{
    /// <summary>
    /// Who resolved those of <paramref name="cases"/> that are resolved or closed: the experts
    /// assigned until the case was resolved (one released before did not resolve it) and those
    /// whose referral on it was completed, each expert once a case. The one rule for an expert's
    /// track record in matching and for the resolved cases' vote the search index records.
    /// </summary>
    public static IQueryable<ResolutionCredit> ResolutionCredits(this ContentHubDbContext db, IQueryable<HelpRequest> cases)
    {
        // Joins rather than navigations: a correlated filter would need APPLY, which SQLite lacks.
        var resolved = cases.Where(r => r.Status == RequestStatus.Resolved || r.Status == RequestStatus.Closed);
        var assigned = resolved
            .Join(db.CaseAssignments, r => r.Id, a => a.HelpRequestId, (r, a) => new { a.ExpertProfileId, a.ReleasedAt, r.Id, r.ResolvedAt })
            .Where(x => x.ReleasedAt == null || x.ResolvedAt == null || x.ReleasedAt >= x.ResolvedAt)
            .Select(x => new ResolutionCredit { ExpertProfileId = x.ExpertProfileId, HelpRequestId = x.Id, ResolvedAt = x.ResolvedAt });
        var referred = resolved
            .Join(db.Referrals.Where(f => f.State == ReferralState.Completed && f.ExpertProfileId != null), r => r.Id, f => f.HelpRequestId,
                (r, f) => new ResolutionCredit { ExpertProfileId = f.ExpertProfileId!.Value, HelpRequestId = r.Id, ResolvedAt = r.ResolvedAt });
        return assigned.Union(referred).AsNoTracking();
    }
}
