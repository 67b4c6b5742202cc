using ContentHub.Data.Affiliates;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;

namespace ContentHub.Api.Usefulness;

/// <summary>What the usefulness rules look at: the request's content and plan, and who would carry the content.</summary>
public sealed record ContentUseFacts(
    int ContentVolume, IReadOnlyCollection<Platform> TargetPlatforms, IReadOnlyCollection<IntendedUse> IntendedUses,
    LicenceStatus LicenceStatus, MetadataQuality MetadataQuality, bool HasCampaign, AffiliateKind AffiliateKind);

/// <summary>Stable codes the committee's tools can switch on; the message is for people.</summary>
public enum UsefulnessFindingCode
{
    NoTargetPlatform,
    LargeVolumeNoReusePlan,
    LicenceNotConfirmed,
    NotFreeLicence,
    NoCampaignOrAffiliateCarrier,
    CampaignUseWithoutCampaign,
    PoorMetadata,
    MetadataQualityUnknown,
}

public enum FindingSeverity
{
    /// <summary>Worth knowing; does not stand in the way.</summary>
    Info,
    /// <summary>Likely to make the content less useful unless addressed.</summary>
    Warning,
    /// <summary>The content cannot go to the wikis as planned.</summary>
    Blocker,
}

/// <summary>The assessment's overall verdict: its most severe finding.</summary>
public enum UsefulnessLevel
{
    Ready,
    NeedsAttention,
    Blocked,
}

public sealed record UsefulnessFinding(UsefulnessFindingCode Code, FindingSeverity Severity, string Message);

public sealed record UsefulnessAssessment(IReadOnlyList<UsefulnessFinding> Findings)
{
    public UsefulnessLevel Level => Findings.Select(f => f.Severity).DefaultIfEmpty(FindingSeverity.Info).Max() switch
    {
        FindingSeverity.Blocker => UsefulnessLevel.Blocked,
        FindingSeverity.Warning => UsefulnessLevel.NeedsAttention,
        _ => UsefulnessLevel.Ready,
    };
}
