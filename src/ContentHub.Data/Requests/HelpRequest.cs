using ContentHub.Data.Affiliates;
using ContentHub.Data.Campaigns;
using ContentHub.Data.Hubs;
using ContentHub.Data.People;
using ContentHub.Data.Taxonomy;
using ContentHub.Data.Usefulness;

namespace ContentHub.Data.Requests;

/// <summary>A case: what an affiliate asks the hub for, from submission to impact.</summary>
public sealed class HelpRequest : IHubScoped, IVersioned
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Language { get; set; }
    public int AffiliateId { get; set; }
    public Affiliate? Affiliate { get; set; }
    public int RequesterId { get; set; }
    public Person? Requester { get; set; }
    public PartnerInstitution? Partner { get; set; }
    public List<HelpType> HelpTypes { get; set; } = [];
    public List<Platform> TargetPlatforms { get; set; } = [];
    /// <summary>Number of files or items the request brings; 0 for advice only.</summary>
    public int ContentVolume { get; set; }
    /// <summary>How the content will be used on the wikis.</summary>
    public string? UsefulnessPlan { get; set; }
    /// <summary>The usefulness plan in structured form, so it can be checked; all stay empty/unknown for advice only.</summary>
    public List<IntendedUse> IntendedUses { get; set; } = [];
    public LicenceStatus LicenceStatus { get; set; }
    public MetadataQuality MetadataQuality { get; set; }
    public int? CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public RequestStatus Status { get; set; }
    /// <summary>
    /// Shared with the movement: every signed-in member of the hub may read it. A request is private
    /// to its affiliate, the hub and the experts on it unless the requester shares it.
    /// </summary>
    public bool IsPublic { get; set; }
    public decimal? PriorityScore { get; set; }
    /// <summary>Shown to the requester when the hub declines.</summary>
    public string? DeclineReason { get; set; }
    /// <summary>What answered the request, once resolved.</summary>
    public string? Resolution { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FirstRespondedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>
    /// The client's key for this submission, unique per requester: a retried submitRequest with the
    /// same key returns this case instead of filing a second one.
    /// </summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>Optimistic concurrency token, bumped on every save of the case.</summary>
    public int Version { get; set; }
    public List<CaseComment> Comments { get; set; } = [];
    public List<CaseAssignment> Assignments { get; set; } = [];
    public List<Referral> Referrals { get; set; } = [];
}

/// <summary>The museum, archive, library … whose content is involved.</summary>
public sealed class PartnerInstitution
{
    public required string Name { get; set; }
    public PartnerType Type { get; set; }
    public string? WikidataId { get; set; }
}

public enum PartnerType
{
    Museum,
    Archive,
    Library,
    Gallery,
    University,
    GovernmentAgency,
    ResearchInstitute,
    Broadcaster,
    Other,
}

public enum Platform
{
    Commons,
    Wikidata,
    Wikipedia,
    Wikisource,
    Wiktionary,
    Wikibooks,
    Wikivoyage,
    Wikiquote,
    Wikiversity,
    Wikinews,
    Wikispecies,
}

public enum RequestStatus
{
    Submitted,
    Triaged,
    AwaitingCommittee,
    Prioritised,
    Assigned,
    Referred,
    InProgress,
    Resolved,
    Closed,
    OnHold,
    Declined,
    Withdrawn,
}
