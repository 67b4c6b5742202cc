using ContentHub.Data.Affiliates;
using ContentHub.Data.Hubs;
using ContentHub.Data.People;

namespace ContentHub.Data.Committee;

/// <summary>Movement members who set a hub's priorities and score its requests; hub staff do not score.</summary>
public sealed class ExpertCommittee : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<CommitteeMember> Members { get; set; } = [];
    /// <summary>Every version's criteria; the newest version's are the ones in force.</summary>
    public List<PrioritisationCriterion> Criteria { get; set; } = [];
    public List<CriteriaVersion> CriteriaVersions { get; set; } = [];
}

public sealed class CommitteeMember
{
    public int CommitteeId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>The affiliate the member comes from; they never score that affiliate's requests.</summary>
    public int? AffiliateId { get; set; }
    public Affiliate? Affiliate { get; set; }
    public CommitteeRole Role { get; set; }
}

public enum CommitteeRole
{
    Chair,
    Member,
}

public sealed class PrioritisationCriterion
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    /// <summary>Criteria are never edited in place: scores keep pointing at the weights they were given under.</summary>
    public int CriteriaVersionId { get; set; }
    public CriteriaVersion? CriteriaVersion { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Share of the priority score; a committee's weights add up to 1.</summary>
    public decimal Weight { get; set; }
    public CriterionDirection Direction { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>Whether a high score raises priority (benefit) or lowers it (risk).</summary>
public enum CriterionDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
