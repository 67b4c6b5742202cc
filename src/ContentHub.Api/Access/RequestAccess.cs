using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.People;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Access;

/// <summary>
/// Row-level rules for cases, applied in SQL wherever cases are read or found for a change: staff
/// see every case of their hub; a requester sees their affiliates' cases and the ones shared with
/// the movement; an expert the cases they were assigned or referred; a committee member the cases
/// put on an agenda. Anyone else sees none: a case they may not see is simply not found.
/// </summary>
public sealed class RequestAccess(ContentHubDbContext db, Caller caller, HubContext hub)
{
    public async ValueTask<IQueryable<HelpRequest>> VisibleAsync(IQueryable<HelpRequest> requests, CancellationToken cancellationToken)
    {
        var scoped = await hub.ScopeAsync(requests, cancellationToken);
        if (await SeesWholeHubAsync(cancellationToken))
        {
            return scoped;
        }

        if (caller.PersonId is not { } person)
        {
            return scoped.Where(r => false);
        }

        var affiliates = await caller.AffiliateIdsAsync(cancellationToken);
        var committee = await caller.HoldsAnyAsync([Role.CommitteeMember], cancellationToken);
        return scoped.Where(r => r.IsPublic || r.RequesterId == person || affiliates.Contains(r.AffiliateId)
            || r.Assignments.Any(a => a.Expert!.PersonId == person)
            || r.Referrals.Any(f => f.State != ReferralState.Declined && f.Expert!.PersonId == person)
            || (committee && db.AgendaItems.Any(item => item.HelpRequestId == r.Id)));
    }

    /// <summary>Staff see every case of their hub (so a count kept per hub is what they see).</summary>
    public ValueTask<bool> SeesWholeHubAsync(CancellationToken cancellationToken) => caller.IsStaffAsync(cancellationToken);

    /// <summary>The requester, members of the requesting affiliate and staff edit a case's content.</summary>
    public async ValueTask<bool> MayEditAsync(HelpRequest request, CancellationToken cancellationToken) =>
        await caller.IsStaffAsync(cancellationToken)
        || request.RequesterId == caller.PersonId
        || (await caller.AffiliateIdsAsync(cancellationToken)).Contains(request.AffiliateId);

    /// <summary>An open assignment, or an accepted referral, of one of the caller's expert profiles.</summary>
    public async Task<bool> WorksOnAsync(int requestId, CancellationToken cancellationToken) =>
        caller.PersonId is { } person
        && (await db.CaseAssignments.AnyAsync(a => a.HelpRequestId == requestId && a.ReleasedAt == null && a.Expert!.PersonId == person, cancellationToken)
            || await db.Referrals.AnyAsync(r => r.HelpRequestId == requestId && r.State == ReferralState.Accepted && r.Expert!.PersonId == person, cancellationToken));

    /// <summary>
    /// Internal notes are for the hub (staff, its committee) and the experts who worked on the case,
    /// never for the requester: the comments of a case the caller may read, minus what they may not.
    /// </summary>
    public async ValueTask<IQueryable<CaseComment>> CommentsAsync(IQueryable<CaseComment> comments, CancellationToken cancellationToken)
    {
        if (await SeesEveryInternalNoteAsync(cancellationToken))
        {
            return comments;
        }

        var person = caller.PersonId;
        return comments.Where(c => !c.IsInternal
            || db.CaseAssignments.Any(a => a.HelpRequestId == c.HelpRequestId && a.Expert!.PersonId == person)
            || db.Referrals.Any(r => r.HelpRequestId == c.HelpRequestId && r.State != ReferralState.Declined && r.Expert!.PersonId == person));
    }

    /// <summary>The hub itself (staff, admins, its committee) reads every internal note of its cases.</summary>
    public ValueTask<bool> SeesEveryInternalNoteAsync(CancellationToken cancellationToken) => caller.HoldsAnyAsync(Roles.Committee, cancellationToken);

    /// <summary>Which of <paramref name="ids"/> the caller may see, for lists that come from the search index.</summary>
    public async Task<IReadOnlySet<int>> VisibleIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(db.HelpRequests.AsNoTracking(), cancellationToken);
        return (await visible.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
    }
}
