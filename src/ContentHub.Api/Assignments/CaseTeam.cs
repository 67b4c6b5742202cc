using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Referrals;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Experts;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using static ContentHub.Data.Requests.RequestStatus;

namespace ContentHub.Api.Assignments;

/// <summary>
/// Who works on a case (internal experts assigned, external experts and organisations referred)
/// and what their coming and going does to the case's status. Assignments, referrals and the
/// commands that finish a case share these rules; every status move asks <see cref="RequestWorkflow"/>.
/// </summary>
public sealed class CaseTeam(ContentHubDbContext db, StatusMoves moves, TimeProvider clock)
{
    /// <summary>Statuses in which someone is on the case.</summary>
    private static readonly RequestStatus[] Worked = [Assigned, Referred, InProgress];

    /// <summary>
    /// Moves the case to <paramref name="step"/> (ASSIGNED, REFERRED, IN_PROGRESS) as someone takes
    /// it on. A case already at that step, or in progress, keeps its status: the newcomer joins.
    /// </summary>
    public InvalidTransitionError? TakeOn(HelpRequest request, RequestStatus step, string action)
    {
        // The table lets a resolved case be reopened (RESOLVED → IN_PROGRESS), but reopening is a
        // decision of the hub, not a side effect of an expert accepting an old referral.
        if (RequestWorkflow.Finished.Contains(request.Status))
        {
            return new InvalidTransitionError(request.Status, step,
                $"A case that is {RequestWorkflow.Words(request.Status)} takes no more work; it cannot be {action}.");
        }

        return request.Status == step || request.Status == InProgress ? null : moves.Move(request, step, action);
    }

    /// <summary>
    /// Lets the case follow its team after someone left it. When nobody is left on a case being
    /// worked (no open assignment, no proposed or accepted referral), it goes back to the queue:
    /// PRIORITISED if the committee scored it, else TRIAGED. When the ones left are of the other
    /// kind, an ASSIGNED case whose experts all left but whose referral is open becomes REFERRED,
    /// and a REFERRED case whose referrals all ended but whose assigned expert stays becomes
    /// ASSIGNED. Cases in progress, on hold or finished keep their status. Reads the team as
    /// tracked, changes included.
    /// </summary>
    public InvalidTransitionError? FollowTeamAfterLeaving(HelpRequest request)
    {
        if (!Worked.Contains(request.Status))
        {
            return null;
        }

        var assigned = request.Assignments.Any(a => a.ReleasedAt is null);
        var referred = request.Referrals.Any(r => ReferralWorkflow.Open.Contains(r.State));
        return (request.Status, assigned, referred) switch
        {
            (_, false, false) => moves.Move(request, request.PriorityScore is null ? Triaged : Prioritised, "returned to the queue"),
            (Assigned, false, true) => moves.Move(request, Referred, "referred"),
            (Referred, true, false) => moves.Move(request, Assigned, "assigned"),
            _ => null,
        };
    }

    /// <summary>
    /// A finished case takes no more work: its open assignments are released and its accepted
    /// referrals completed, in the caller's unit of work. Returns what ended, for the caller's event.
    /// </summary>
    public async Task<EndedWork> FinishWorkAsync(HelpRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var assignments = await db.CaseAssignments.Where(a => a.HelpRequestId == request.Id && a.ReleasedAt == null).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.Where(r => r.HelpRequestId == request.Id && r.State == ReferralState.Accepted).ToListAsync(cancellationToken);
        assignments.ForEach(a => a.ReleasedAt = now);
        referrals.ForEach(r => r.State = ReferralState.Completed);
        return new EndedWork(
            assignments.Select(a => GlobalId.Format("CaseAssignment", a.Id)).ToList(),
            referrals.Select(r => GlobalId.Format("Referral", r.Id)).ToList());
    }

    /// <summary>EXPERT_UNAVAILABLE when the expert is away today.</summary>
    public ExpertUnavailableError? Unavailable(ExpertProfile expert, string field) =>
        ExpertAvailability.IsAway(expert.AwayUntil, ExpertAvailability.Today(clock))
            ? new ExpertUnavailableError(field, expert.AwayUntil!.Value, $"The expert is away until {expert.AwayUntil:yyyy-MM-dd}; they can take work from that day.")
            : null;
}

/// <summary>The global IDs of the assignments released and the referrals completed when a case finished.</summary>
public sealed record EndedWork(IReadOnlyList<string> ReleasedAssignments, IReadOnlyList<string> CompletedReferrals);
