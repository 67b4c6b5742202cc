using ContentHub.Data.Affiliates;

namespace ContentHub.Data.People;

/// <summary>A user of the helpdesk. The contact email is private and never exposed without the right.</summary>
public sealed class Person
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public List<string> Languages { get; set; } = [];
    /// <summary>True for the invented people of the seed data.</summary>
    public bool IsSample { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<AffiliateMembership> Memberships { get; set; } = [];
    public List<HubRole> HubRoles { get; set; } = [];
}

public sealed class AffiliateMembership
{
    public int PersonId { get; set; }
    public int AffiliateId { get; set; }
    public Affiliate? Affiliate { get; set; }
}

/// <summary>A role a person holds in one hub; a person may hold several.</summary>
public sealed class HubRole
{
    public int PersonId { get; set; }
    public int HubId { get; set; }
    public Role Role { get; set; }
}

public enum Role
{
    Requester,
    Staff,
    CommitteeMember,
    Expert,
    Admin,
}
