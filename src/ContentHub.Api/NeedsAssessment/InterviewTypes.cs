using ContentHub.Api.Affiliates;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.NeedsAssessment;

public sealed class InterviewType : ObjectGraphType<InterviewModel>
{
    public InterviewType()
    {
        Name = "Interview";
        Description = "A needs-assessment interview with someone from the movement.";
        this.ImplementNode(i => i.Id);
        Field(i => i.Key);
        Field(i => i.IntervieweeName);
        Field(i => i.IntervieweeRole, nullable: true);
        Field<AffiliateType>("affiliate").Resolve(context => context.Source.AffiliateId is { } id ? context.Get<AffiliateByIdLoader>().Load(id) : null);
        Field(i => i.InterviewedOn);
        Field(i => i.Summary, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightType>>>>("insights")
            .ShortList()
            .Resolve(context => context.Get<InsightsByInterviewLoader>().Load(context.Source.Id));
    }
}

public sealed class InsightType : ObjectGraphType<InsightModel>
{
    public InsightType()
    {
        Name = "Insight";
        Description = "A need the hub learnt about, tagged with needs themes.";
        Field(i => i.Text);
        Field(i => i.Themes).Description("Needs themes: resources, knowledge, training, tools, collaboration …");
        Field<NonNullGraphType<InterviewType>>("interview").Resolve(context => context.Get<InterviewByIdLoader>().Load(context.Source.InterviewId));
    }
}
