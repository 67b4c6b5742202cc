using ContentHub.Api.GraphQL;
using ContentHub.Data;
using ContentHub.Data.People;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Requests;

/// <summary>
/// Who may take which step of a case: the hub's staff (and admins) run the queue; the requester
/// may withdraw their own request; an expert working on the case may start on it.
/// </summary>
public sealed class StepPermissions(ContentHubDbContext db)
{
    private static readonly Role[] RunTheQueue = [Role.Staff, Role.Admin];

    public async Task<NotPermittedError?> CheckAsync(RequestStep step, HelpRequest request, int actorId, CancellationToken cancellationToken)
    {
        if (await db.HubRoles.AnyAsync(r => r.PersonId == actorId && r.HubId == request.HubId && RunTheQueue.Contains(r.Role), cancellationToken))
        {
            return null;
        }

        var allowed = step switch
        {
            RequestStep.Withdraw => actorId == request.RequesterId,
            RequestStep.StartWork => await WorksOnAsync(request.Id, actorId, cancellationToken),
            _ => false,
        };
        return allowed ? null : new NotPermittedError("input.actorId", step switch
        {
            RequestStep.Withdraw => "Only the requester or the hub's staff may withdraw a request.",
            RequestStep.StartWork => "Only an expert working on the case or the hub's staff may start work on it.",
            _ => "Only the hub's staff may take this step.",
        });
    }

    /// <summary>An open assignment, or an accepted referral, of one of the person's expert profiles.</summary>
    private async Task<bool> WorksOnAsync(int requestId, int personId, CancellationToken cancellationToken) =>
        await db.CaseAssignments.AnyAsync(a => a.HelpRequestId == requestId && a.ReleasedAt == null && a.Expert!.PersonId == personId, cancellationToken)
        || await db.Referrals.AnyAsync(r => r.HelpRequestId == requestId && r.State == ReferralState.Accepted && r.Expert!.PersonId == personId, cancellationToken);
}
