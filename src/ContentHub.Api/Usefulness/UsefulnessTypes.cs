using ContentHub.Api.Affiliates;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data.Usefulness;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Usefulness;

public sealed class UsefulnessFindingType : ObjectGraphType<UsefulnessFinding>
{
    public UsefulnessFindingType()
    {
        Name = "UsefulnessFinding";
        Description = "One concern about how useful the content will be on the wikis.";
        Field(f => f.Code, type: typeof(NonNullGraphType<EnumerationGraphType<UsefulnessFindingCode>>)).Description("Stable; tools switch on it.");
        Field(f => f.Severity, type: typeof(NonNullGraphType<EnumerationGraphType<FindingSeverity>>));
        Field(f => f.Message).Description("Written for committee members.");
    }
}

public sealed class UsefulnessAssessmentType : ObjectGraphType<UsefulnessAssessment>
{
    public UsefulnessAssessmentType()
    {
        Name = "UsefulnessAssessment";
        Description = "A rule-based check of a request's usefulness plan, for the committee to see before scoring.";
        Field(a => a.Level, type: typeof(NonNullGraphType<EnumerationGraphType<UsefulnessLevel>>)).Description("The most severe finding decides it.");
        Field(a => a.Findings, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UsefulnessFindingType>>>)).Description("Most severe first.");
    }
}

public static class UsefulnessFields
{
    /// <summary>The structured plan and its assessment on <c>HelpRequest</c>.</summary>
    public static void AddUsefulnessFields(this ObjectGraphType<HelpRequestModel> request)
    {
        request.Field(r => r.IntendedUses, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<IntendedUse>>>>))
            .Description("Where the content will be used on the wikis.");
        request.Field(r => r.LicenceStatus, type: typeof(NonNullGraphType<EnumerationGraphType<LicenceStatus>>));
        request.Field(r => r.MetadataQuality, type: typeof(NonNullGraphType<EnumerationGraphType<MetadataQuality>>));
        request.Field<UsefulnessAssessmentType>("usefulness")
            .Description("Concerns about the usefulness of the content; null for an advice-only request (contentVolume 0), which brings none.")
            // Every case has an affiliate (a foreign key): whether it is a community decides who carries the content.
            .Resolve(context => context.Source.ContentVolume == 0 ? null
                : context.Get<AffiliateByIdLoader>().Load(context.Source.AffiliateId).Then(affiliate => Assess(context.Source, affiliate!)));
        request.Field<NonNullGraphType<CaseImpactType>>("impact")
            .Description("Impact figures recorded after the case was resolved: the latest counts.")
            .Resolve(context => context.Get<ImpactReportsByRequestLoader>().Load(context.Source.Id).Then(reports => new CaseImpact(reports)));
    }

    private static UsefulnessAssessment? Assess(HelpRequestModel r, AffiliateModel affiliate) => UsefulnessRules.Assess(new ContentUseFacts(
        r.ContentVolume, r.TargetPlatforms, r.IntendedUses, r.LicenceStatus, r.MetadataQuality, HasCampaign: r.CampaignId is not null, affiliate.Kind));
}
