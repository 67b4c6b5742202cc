using ContentHub.Data.People;

namespace ContentHub.Api.Access;

/// <summary>
/// The groups of roles the rules speak of, so each rule names a group rather than listing roles. An
/// admin runs the hub, so every group that staff are in holds admins too.
/// </summary>
public static class Roles
{
    /// <summary>Run the queue: triage, assign, refer, decide.</summary>
    public static readonly Role[] Staff = [Role.Staff, Role.Admin];

    /// <summary>Read the committee's deliberations: its members' scores and comments.</summary>
    public static readonly Role[] Committee = [Role.CommitteeMember, Role.Staff, Role.Admin];

    /// <summary>Write the knowledge base.</summary>
    public static readonly Role[] Authors = [Role.Expert, Role.Staff, Role.Admin];

    public static readonly Role[] Admin = [Role.Admin];
}
