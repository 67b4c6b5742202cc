using ContentHub.Api.Usefulness;
using ContentHub.Data.Affiliates;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;

namespace ContentHub.Api.Tests.Usefulness;

/// <summary>
/// The rules the server cannot be driven to through its inputs: submission requires platforms, and
/// the seed has no affiliate without a community. Seeded or older cases can still be in these states.
/// </summary>
public sealed class UsefulnessRulesTests
{
    private static readonly ContentUseFacts Settled = new(
        5_000, [Platform.Commons], [IntendedUse.WikipediaArticles], LicenceStatus.PublicDomain, MetadataQuality.Good, HasCampaign: false, AffiliateKind.Chapter);

    [Fact]
    public void Content_without_a_platform_is_blocked() =>
        Assert.Equal([(UsefulnessFindingCode.NoTargetPlatform, FindingSeverity.Blocker)], Codes(Settled with { TargetPlatforms = [] }));

    [Fact]
    public void A_large_upload_by_a_lone_volunteer_without_a_campaign_has_no_carrier() =>
        Assert.Equal([(UsefulnessFindingCode.NoCampaignOrAffiliateCarrier, FindingSeverity.Warning)],
            Codes(Settled with { AffiliateKind = AffiliateKind.IndividualVolunteer }));

    [Theory]
    [InlineData(AffiliateKind.IndividualVolunteer, 999, false)]
    [InlineData(AffiliateKind.PartnerInstitution, 5_000, true)]
    [InlineData(AffiliateKind.UserGroup, 5_000, false)]
    public void A_campaign_a_community_or_a_small_volume_needs_no_carrier(AffiliateKind kind, int volume, bool campaign) =>
        Assert.Empty(Codes(Settled with { AffiliateKind = kind, ContentVolume = volume, HasCampaign = campaign }));

    [Fact]
    public void Advice_only_is_not_assessed() => Assert.Null(UsefulnessRules.Assess(Settled with { ContentVolume = 0 }));

    private static List<(UsefulnessFindingCode, FindingSeverity)> Codes(ContentUseFacts facts) =>
        UsefulnessRules.Assess(facts)!.Findings.Select(f => (f.Code, f.Severity)).ToList();
}
