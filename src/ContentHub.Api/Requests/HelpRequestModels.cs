using AutoMapper;
using ContentHub.Api.Affiliates;
using ContentHub.Api.Campaigns;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;

namespace ContentHub.Api.Requests;

/// <summary>What the API shows of a case; related data (affiliate, comments …) comes through batch loaders.</summary>
public sealed class HelpRequestModel
{
    public int Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public int AffiliateId { get; init; }
    public int RequesterId { get; init; }
    public string? PartnerName { get; init; }
    public PartnerType? PartnerType { get; init; }
    public string? PartnerWikidataId { get; init; }
    public List<Platform> TargetPlatforms { get; init; } = [];
    public int ContentVolume { get; init; }
    public string? UsefulnessPlan { get; init; }
    public List<IntendedUse> IntendedUses { get; init; } = [];
    public LicenceStatus LicenceStatus { get; init; }
    public MetadataQuality MetadataQuality { get; init; }
    public int? CampaignId { get; init; }
    public RequestStatus Status { get; init; }
    public bool IsPublic { get; init; }
    public decimal? PriorityScore { get; init; }
    public string? DeclineReason { get; init; }
    public string? Resolution { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FirstRespondedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public int Version { get; init; }

    /// <summary>Read with a page of cases when its selection asks for it (<see cref="GraphQL.Paging.SelectedExpansions"/>); otherwise null, and the field asks its batch loader.</summary>
    public AffiliateModel? Affiliate { get; init; }

    /// <summary>As <see cref="Affiliate"/>; null also when the case feeds no campaign.</summary>
    public CampaignModel? Campaign { get; init; }
}

public sealed class CaseCommentModel
{
    public int Id { get; init; }
    public int HelpRequestId { get; init; }
    public int AuthorId { get; init; }
    public required string Body { get; init; }
    public bool IsInternal { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class CaseAssignmentModel
{
    public int Id { get; init; }
    public int HelpRequestId { get; init; }
    public int ExpertProfileId { get; init; }
    public int EstimatedHours { get; init; }
    public DateTimeOffset AssignedAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }
}

public sealed class ReferralModel
{
    public int Id { get; init; }
    public int HelpRequestId { get; init; }
    public int? ExpertProfileId { get; init; }
    public string? OrganisationName { get; init; }
    public string? Note { get; init; }
    public ReferralState State { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
}

public sealed class CaseEventModel
{
    public long Sequence { get; init; }
    public int HelpRequestId { get; init; }
    public CaseEventKind Kind { get; init; }
    public int? ActorId { get; init; }
    public int? AccessTokenId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string? Data { get; init; }
}

public sealed class HelpRequestProfile : Profile
{
    public HelpRequestProfile()
    {
        // PartnerName, PartnerType and PartnerWikidataId flatten Partner.Name/Type/WikidataId by convention.
        CreateMap<HelpRequest, HelpRequestModel>()
            .ForMember(m => m.Affiliate, member => member.ExplicitExpansion())
            .ForMember(m => m.Campaign, member => member.ExplicitExpansion());
        CreateMap<CaseComment, CaseCommentModel>();
        CreateMap<CaseAssignment, CaseAssignmentModel>();
        CreateMap<Referral, ReferralModel>();
        CreateMap<CaseEvent, CaseEventModel>();
    }
}
