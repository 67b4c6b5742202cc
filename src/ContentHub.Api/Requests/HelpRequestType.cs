using ContentHub.Api.Affiliates;
using ContentHub.Api.Campaigns;
using ContentHub.Api.Committee;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Hubs;
using ContentHub.Api.Matching;
using ContentHub.Api.People;
using ContentHub.Api.Taxonomy;
using ContentHub.Data.Requests;
using GraphQL.Types;
using ContentHub.Api.Usefulness;

namespace ContentHub.Api.Requests;

public sealed class HelpRequestType : ObjectGraphType<HelpRequestModel>
{
    public HelpRequestType()
    {
        Name = "HelpRequest";
        Description = "A case: what an affiliate asks the hub for, from submission to impact.";
        this.ImplementNode(r => r.Id);
        Field(r => r.Title);
        Field(r => r.IsPublic).Description("Shared with the movement: every signed-in member of the hub may read it. Otherwise only its affiliate, the hub and the experts on it may.");
        Field(r => r.Description).Description("As the requester wrote it; plain text or Markdown, never rendered by the server.");
        Field(r => r.Language).Description("ISO 639 code of the language the request is written in.");
        Field<NonNullGraphType<AffiliateType>>("affiliate").Resolve(context => context.Source.Affiliate ?? (object)context.Get<AffiliateByIdLoader>().Load(context.Source.AffiliateId));
        Field<NonNullGraphType<PersonType>>("requester").Resolve(context => context.Get<PersonByIdLoader>().Load(context.Source.RequesterId));
        Field<PartnerInstitutionType>("partner")
            .Description("The institution whose content is involved, if any.")
            .Resolve(context => context.Source.PartnerName is null ? null : context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpTypeType>>>>("helpTypes")
            .ShortList()
            .Resolve(context => context.Get<HelpTypesByRequestLoader>().Load(context.Source.Id));
        Field(r => r.TargetPlatforms, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<Platform>>>>));
        Field(r => r.ContentVolume).Description("Number of files or items the request brings; 0 for advice only.");
        Field(r => r.UsefulnessPlan, nullable: true).Description("How the content will be used on the wikis.");
        Field<CampaignType>("campaign").Resolve(context => context.Source.CampaignId is { } id ? context.Source.Campaign ?? (object)context.Get<CampaignByIdLoader>().Load(id) : null);
        Field(r => r.Status, type: typeof(NonNullGraphType<EnumerationGraphType<RequestStatus>>));
        Field(r => r.PriorityScore, nullable: true).Description("The committee's weighted priority score (0–5), once scored.");
        Field(r => r.DeclineReason, nullable: true).Description("Why the hub declined, written for the requester.");
        Field(r => r.Resolution, nullable: true).Description("What answered the request, once resolved.");
        Field(r => r.CreatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(r => r.UpdatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(r => r.FirstRespondedAt, type: typeof(GraphQL.DateTimeScalarType));
        Field(r => r.ResolvedAt, type: typeof(GraphQL.DateTimeScalarType));
        Field(r => r.ClosedAt, type: typeof(GraphQL.DateTimeScalarType));
        Field(r => r.Version).Description("Changes on every save; send it back with an update to detect conflicting edits.");
        Field<FloatGraphType>("firstResponseHours")
            .Description("Hours from submission to the hub's first reply to the requester; null until then.")
            .Resolve(context => Hours(context.Source.CreatedAt, context.Source.FirstRespondedAt));
        Field<FloatGraphType>("resolutionHours")
            .Description("Hours from submission to resolution; null until resolved.")
            .Resolve(context => Hours(context.Source.CreatedAt, context.Source.ResolvedAt));
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("Still open, no reply from the hub yet, and older than the hub's first-reply deadline (`Hub.firstReplyDueDays`).")
            .ResolveAsync(async context =>
            {
                var request = context.Source;
                if (request.FirstRespondedAt is not null || RequestWorkflow.Finished.Contains(request.Status))
                {
                    return false;
                }

                var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                var hub = await context.Get<HubByIdLoader>().Load(hubId).GetResultAsync(context.CancellationToken);
                return context.Get<TimeProvider>().GetUtcNow() - request.CreatedAt > TimeSpan.FromDays(hub!.FirstReplyDueDays);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseCommentType>>>>("comments")
            .ShortList()
            .Resolve(context => context.Get<CommentsByRequestLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAssignmentType>>>>("assignments")
            .ShortList()
            .Resolve(context => context.Get<AssignmentsByRequestLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralType>>>>("referrals")
            .ShortList()
            .Resolve(context => context.Get<ReferralsByRequestLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseEventType>>>>("events")
            .Description("Everything that happened to the case, oldest first.")
            .ShortList(10)
            .Resolve(context => context.Get<EventsByRequestLoader>().Load(context.Source.Id));
        this.AddUsefulnessFields();
        this.AddSimilarityFields();
        this.AddExpertMatchFields();
        this.AddCommitteeFields();
    }

    private static double? Hours(DateTimeOffset from, DateTimeOffset? to) => to is { } end ? Math.Round((end - from).TotalHours, 2) : null;
}

public sealed class PartnerInstitutionType : ObjectGraphType<HelpRequestModel>
{
    public PartnerInstitutionType()
    {
        Name = "PartnerInstitution";
        Description = "The museum, archive, library … whose content is involved.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.PartnerName);
        Field<NonNullGraphType<EnumerationGraphType<PartnerType>>>("type").Resolve(context => context.Source.PartnerType);
        Field<StringGraphType>("wikidataId").Description("The institution's Wikidata item, e.g. Q1887488.").Resolve(context => context.Source.PartnerWikidataId);
    }
}
