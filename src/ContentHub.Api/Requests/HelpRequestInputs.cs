using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed record PartnerInstitutionInput(string Name, PartnerType Type, string? WikidataId);

public sealed class PartnerInstitutionInputType : AutoRegisteringInputObjectGraphType<PartnerInstitutionInput>;

/// <summary>
/// <c>idempotencyKey</c> (up to 100 characters, unique per requester) makes a retry safe: the same key
/// again returns the case the first call filed instead of filing a second. The requester is the
/// caller; staff may name another (<c>requesterId</c>) when filing on their behalf. <c>isPublic</c>
/// shares the request with every signed-in member of the movement. Without an account, where the hub
/// takes anonymous requests, <c>contact</c> gives a name and an email to be answered at.
/// </summary>
public sealed record SubmitRequestInput(
    string Title, string Description, string Language, [property: Id] string AffiliateId,
    PartnerInstitutionInput? Partner, List<string> HelpTypes, List<Platform>? TargetPlatforms, int? ContentVolume,
    string? UsefulnessPlan, List<IntendedUse>? IntendedUses, LicenceStatus? LicenceStatus, MetadataQuality? MetadataQuality,
    [property: Id] string? CampaignId, string? IdempotencyKey = null, [property: Id] string? RequesterId = null, bool? IsPublic = null,
    RequestContactInput? Contact = null);

public sealed class SubmitRequestInputType : AutoRegisteringInputObjectGraphType<SubmitRequestInput>;

/// <summary>
/// Fields left out (null) stay as they are; an empty string clears an optional text field.
/// <c>expectedVersion</c> is the version the editor read: a newer one means someone else saved first.
/// </summary>
public sealed record UpdateRequestInput(
    [property: Id] string Id, int ExpectedVersion, string? Title, string? Description, string? Language,
    PartnerInstitutionInput? Partner, bool? ClearPartner, List<string>? HelpTypes, List<Platform>? TargetPlatforms,
    int? ContentVolume, string? UsefulnessPlan, List<IntendedUse>? IntendedUses, LicenceStatus? LicenceStatus, MetadataQuality? MetadataQuality,
    [property: Id] string? CampaignId, bool? ClearCampaign, bool? IsPublic = null);

public sealed class UpdateRequestInputType : AutoRegisteringInputObjectGraphType<UpdateRequestInput>;

/// <summary>The author is the caller. <c>internal</c> notes are for the hub and the experts on the case, never the requester.</summary>
public sealed record AddCaseCommentInput([property: Id] string RequestId, string Body, bool? Internal);

public sealed class AddCaseCommentInputType : AutoRegisteringInputObjectGraphType<AddCaseCommentInput>;
