using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;
using static ContentHub.Data.Requests.RequestStatus;

namespace ContentHub.Api.Requests;

/// <summary>
/// The moves a case may make, from arrival to impact. Every command that changes a case's status
/// asks here first, so the rules live in one table. (Who may make which move is the next layer,
/// with roles.)
/// </summary>
public static class RequestWorkflow
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Moves = new()
    {
        // A question the hub can answer at once is resolved without going through the committee.
        [Submitted] = [Triaged, Resolved, OnHold, Declined, Withdrawn],
        [Triaged] = [AwaitingCommittee, Assigned, Referred, Resolved, OnHold, Declined, Withdrawn],
        [AwaitingCommittee] = [Prioritised, Triaged, OnHold, Declined, Withdrawn],
        [Prioritised] = [Assigned, Referred, Resolved, OnHold, Declined, Withdrawn],
        // Work can be handed on (assigned ↔ referred) and comes back to the queue when nobody is left on it,
        // also once begun: an expert who accepted a referral may hand the case back unfinished.
        [Assigned] = [InProgress, Referred, Prioritised, Triaged, Resolved, OnHold, Withdrawn],
        [Referred] = [InProgress, Assigned, Prioritised, Triaged, Resolved, OnHold, Withdrawn],
        [InProgress] = [Resolved, Assigned, Referred, Prioritised, Triaged, OnHold, Withdrawn],
        [Resolved] = [Closed, InProgress],
        [OnHold] = [Triaged, Prioritised, Assigned, Referred, InProgress, Declined, Withdrawn],
        [Closed] = [],
        [Declined] = [],
        [Withdrawn] = [],
    };

    public static bool CanMove(RequestStatus from, RequestStatus to) => Moves[from].Contains(to);

    /// <summary>Finished cases take no more work.</summary>
    public static readonly RequestStatus[] Finished = [Resolved, Closed, Declined, Withdrawn];

    /// <summary>The typed error for a move the table does not allow, or null when it does.</summary>
    public static InvalidTransitionError? Check(RequestStatus from, RequestStatus to, string action) =>
        CanMove(from, to) ? null : new InvalidTransitionError(from, to, $"A case that is {Words(from)} cannot be {action}.");

    public static string Words(RequestStatus status) => status switch
    {
        AwaitingCommittee => "awaiting the committee",
        InProgress => "in progress",
        OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };
}
