using ContentHub.Api.Experts;
using ContentHub.Data;
using ContentHub.Data.Experts;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Assignments;

/// <summary>
/// Open hours against monthly capacity, read through <see cref="ExpertWorkload"/> with the hub's
/// default hours, so the assignment check and <c>ExpertProfile.openHours</c> show the same figure.
/// </summary>
public sealed class ExpertCapacity(ContentHubDbContext db, ExpertWorkload workload)
{
    /// <summary>Hours an assignment counts unless staff estimate otherwise; an accepted referral always counts this much.</summary>
    public Task<int> DefaultAssignmentHoursAsync(int hubId, CancellationToken cancellationToken) =>
        db.Hubs.Where(h => h.Id == hubId).Select(h => h.Matching.DefaultAssignmentHours).SingleAsync(cancellationToken);

    public async Task<Dictionary<int, int>> OpenHoursAsync(int hubId, IReadOnlyCollection<int> experts, CancellationToken cancellationToken) =>
        await workload.OpenHoursAsync(hubId, await DefaultAssignmentHoursAsync(hubId, cancellationToken), experts, cancellationToken);

    /// <summary>
    /// OVER_CAPACITY when <paramref name="requestedHours"/> more would take the expert past their
    /// monthly capacity. First takes the expert's row for the caller's transaction (an update that
    /// changes nothing: SQL Server locks the row until the commit, SQLite's write transaction holds
    /// the database), so that whoever checks the same expert next counts what this one saves.
    /// </summary>
    public async Task<OverCapacityError?> HoldAndCheckAsync(ExpertProfile expert, int requestedHours, CancellationToken cancellationToken)
    {
        await db.ExpertProfiles.Where(e => e.Id == expert.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.MonthlyCapacityHours, e => e.MonthlyCapacityHours), cancellationToken);
        var open = (await OpenHoursAsync(expert.HubId, [expert.Id], cancellationToken)).GetValueOrDefault(expert.Id);
        return open + requestedHours <= expert.MonthlyCapacityHours
            ? null
            : new OverCapacityError(open, expert.MonthlyCapacityHours, requestedHours,
                $"The expert carries {open} open hours of {expert.MonthlyCapacityHours} a month; {requestedHours} more would be {open + requestedHours}. " +
                "Choose someone with free hours, lower the estimate, or override the capacity.");
    }
}
