using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Experts;

/// <summary>
/// The hours of open work an expert carries against their monthly capacity: assignments not yet
/// released on cases still open, and referrals they accepted and have not finished (counted at the
/// hub's default hours, since a referral carries no estimate). Assignment checks and expert
/// matching read the same figure.
/// </summary>
public sealed class ExpertWorkload(ContentHubDbContext db)
{
    public async Task<Dictionary<int, int>> OpenHoursAsync(int hubId, int referralHours, IReadOnlyCollection<int>? experts, CancellationToken cancellationToken)
    {
        var assignments = db.CaseAssignments.AsNoTracking()
            .Where(a => a.ReleasedAt == null && a.Expert!.HubId == hubId && !RequestWorkflow.Finished.Contains(db.HelpRequests.First(r => r.Id == a.HelpRequestId).Status));
        var referrals = db.Referrals.AsNoTracking()
            .Where(r => r.State == ReferralState.Accepted && r.ExpertProfileId != null && r.Expert!.HubId == hubId);
        if (experts is not null)
        {
            assignments = assignments.Where(a => experts.Contains(a.ExpertProfileId));
            referrals = referrals.Where(r => experts.Contains(r.ExpertProfileId!.Value));
        }

        var hours = await assignments.GroupBy(a => a.ExpertProfileId)
            .Select(g => new { Expert = g.Key, Hours = g.Sum(a => a.EstimatedHours) })
            .ToDictionaryAsync(x => x.Expert, x => x.Hours, cancellationToken);
        var accepted = await referrals.GroupBy(r => r.ExpertProfileId!.Value)
            .Select(g => new { Expert = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var referral in accepted)
        {
            hours[referral.Expert] = hours.GetValueOrDefault(referral.Expert) + referral.Count * referralHours;
        }

        return hours;
    }
}
