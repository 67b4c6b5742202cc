using ContentHub.Data.Affiliates;
using ContentHub.Data.Usefulness;
using static ContentHub.Api.Usefulness.FindingSeverity;
using static ContentHub.Api.Usefulness.UsefulnessFindingCode;

namespace ContentHub.Api.Usefulness;

/// <summary>
/// Checks a request's usefulness plan before the committee scores it: one method per rule, each
/// returning its finding or null. Advice-only requests (volume 0) are not assessed at all.
/// </summary>
public static class UsefulnessRules
{
    /// <summary>
    /// From this many files on, placing them by hand in articles is no longer realistic: without a
    /// concrete reuse plan (or a community to carry them) they tend to sit unused in a Commons category.
    /// </summary>
    public const int LargeVolume = 1_000;

    /// <summary>Uses that put the content in front of readers; filing into Commons categories alone does not.</summary>
    private static readonly IntendedUse[] ReuseOnWikis =
        [IntendedUse.WikipediaArticles, IntendedUse.WikidataItems, IntendedUse.Campaign, IntendedUse.WikisourceTranscription];

    /// <summary>Affiliates with a community of volunteers behind them who can categorise, describe and use the content.</summary>
    private static readonly AffiliateKind[] Communities = [AffiliateKind.Chapter, AffiliateKind.ThematicOrganisation, AffiliateKind.UserGroup];

    private static readonly Func<ContentUseFacts, UsefulnessFinding?>[] Rules =
    [
        NoTargetPlatform, LargeVolumeWithoutReuse, LicenceNotSettled, NotFree, NoCarrier, CampaignNotLinked, Metadata,
    ];

    /// <summary>The findings, most severe first; null for a request that brings no content.</summary>
    public static UsefulnessAssessment? Assess(ContentUseFacts facts) => facts.ContentVolume == 0
        ? null
        : new UsefulnessAssessment(Rules.Select(rule => rule(facts)).OfType<UsefulnessFinding>().OrderByDescending(f => f.Severity).ToList());

    private static UsefulnessFinding? NoTargetPlatform(ContentUseFacts facts) => facts.TargetPlatforms.Count > 0 ? null
        : new(UsefulnessFindingCode.NoTargetPlatform, Blocker, "The request brings content but names no Wikimedia platform to put it on.");

    private static UsefulnessFinding? LargeVolumeWithoutReuse(ContentUseFacts facts) =>
        facts.ContentVolume < LargeVolume || facts.IntendedUses.Intersect(ReuseOnWikis).Any() ? null
        : new(LargeVolumeNoReusePlan, Warning,
            $"{facts.ContentVolume:N0} files with no plan to use them in articles, Wikidata items, transcriptions or a campaign: they risk sitting unused on Commons.");

    private static UsefulnessFinding? LicenceNotSettled(ContentUseFacts facts) => facts.LicenceStatus switch
    {
        LicenceStatus.Unknown => new(LicenceNotConfirmed, Warning, "Nobody has confirmed yet that the content may be published under a free licence."),
        LicenceStatus.InNegotiation => new(LicenceNotConfirmed, Info, "The licence is still being negotiated with the partner."),
        _ => null,
    };

    private static UsefulnessFinding? NotFree(ContentUseFacts facts) => facts.LicenceStatus != LicenceStatus.NotFree ? null
        : new(NotFreeLicence, Blocker, "The content is not under a free licence, so Wikimedia Commons cannot host it.");

    private static UsefulnessFinding? NoCarrier(ContentUseFacts facts) =>
        facts.ContentVolume < LargeVolume || facts.HasCampaign || Communities.Contains(facts.AffiliateKind) ? null
        : new(NoCampaignOrAffiliateCarrier, Warning,
            "A large upload with no campaign and no affiliate community behind it: nobody is named to categorise, describe and use the files.");

    private static UsefulnessFinding? CampaignNotLinked(ContentUseFacts facts) =>
        facts.HasCampaign || !facts.IntendedUses.Contains(IntendedUse.Campaign) ? null
        : new(CampaignUseWithoutCampaign, Warning, "The plan says the content feeds a campaign, but no campaign is linked to the request.");

    private static UsefulnessFinding? Metadata(ContentUseFacts facts) => facts.MetadataQuality switch
    {
        MetadataQuality.Poor => new(PoorMetadata, Warning, "The metadata is poor: files will be hard to find, categorise and link from Wikidata."),
        MetadataQuality.Unknown => new(MetadataQualityUnknown, Info, "Nobody has looked at the quality of the metadata yet."),
        _ => null,
    };
}
