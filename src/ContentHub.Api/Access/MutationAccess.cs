using ContentHub.Data.People;
using GraphQL.Types;

namespace ContentHub.Api.Access;

/// <summary>
/// Who may call each mutation at all, in one table; the commands then check the rows (whose case,
/// which referral, which committee). A mutation missing here stops the server from starting, so a
/// new one cannot slip out unguarded.
/// </summary>
public static class MutationAccess
{
    /// <summary>Any signed-in caller; the command decides from the rows.</summary>
    private static readonly Role[] SignedIn = [];

    /// <summary>Anyone, signed in or not; the command decides (a hub may take anonymous requests).</summary>
    private static readonly Role[]? Anyone = null;

    private static readonly Dictionary<string, Role[]?> Table = new()
    {
        // A requester files for an affiliate they belong to, staff for anyone, and anonymous
        // callers where the hub takes anonymous requests.
        ["submitRequest"] = Anyone,
        ["updateRequest"] = SignedIn,
        ["addCaseComment"] = SignedIn,
        ["triageRequest"] = Roles.Staff,
        ["holdRequest"] = Roles.Staff,
        ["resumeRequest"] = Roles.Staff,
        ["declineRequest"] = Roles.Staff,
        ["closeRequest"] = Roles.Staff,
        ["reopenRequest"] = Roles.Staff,
        // The requester withdraws; the expert on the case starts work and resolves it.
        ["withdrawRequest"] = SignedIn,
        ["startWorkOnRequest"] = SignedIn,
        ["resolveRequest"] = SignedIn,
        ["assignExpert"] = Roles.Staff,
        ["releaseAssignment"] = Roles.Staff,
        ["referRequest"] = Roles.Staff,
        // The referred expert answers; staff may record an answer given elsewhere.
        ["acceptReferral"] = SignedIn,
        ["declineReferral"] = SignedIn,
        ["handBackReferral"] = SignedIn,
        ["completeReferral"] = SignedIn,
        // The committee's chair edits the criteria; members score.
        ["updateCommitteeCriteria"] = [Role.CommitteeMember],
        ["scoreAgendaItem"] = [Role.CommitteeMember],
        ["scheduleCommitteeMeeting"] = Roles.Staff,
        ["addToAgenda"] = Roles.Staff,
        ["removeFromAgenda"] = Roles.Staff,
        ["cancelCommitteeMeeting"] = Roles.Staff,
        ["decideAgendaItem"] = Roles.Staff,
        ["recordImpact"] = Roles.Staff,
        ["createAffiliate"] = Roles.Staff,
        ["updateAffiliate"] = Roles.Staff,
        ["createExpertProfile"] = Roles.Staff,
        // Experts keep their own profile up to date.
        ["updateExpertProfile"] = SignedIn,
        ["createArticle"] = Roles.Authors,
        ["updateArticle"] = Roles.Authors,
        ["updateMatchingPolicy"] = Roles.Admin,
        ["updateHubSettings"] = Roles.Admin,
        ["rebuildSearchIndex"] = Roles.Admin,
        ["createAccessToken"] = SignedIn,
        ["revokeAccessToken"] = SignedIn,
    };

    public static void Apply(ObjectGraphType mutation)
    {
        foreach (var field in mutation.Fields)
        {
            if (!Table.TryGetValue(field.Name, out var roles))
            {
                throw new InvalidOperationException($"The mutation {field.Name} has no entry in {nameof(MutationAccess)}: say who may call it.");
            }

            if (roles is null)
            {
                continue;
            }

            if (roles.Length == 0)
            {
                field.SignedIn();
            }
            else
            {
                field.ForRoles(roles);
            }
        }
    }
}
