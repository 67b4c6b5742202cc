using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.People;
using ContentHub.Api.Requests;
using ContentHub.Data.Committee;
using GraphQL.Types;

namespace ContentHub.Api.Committee;

public sealed class CriteriaVersionType : ObjectGraphType<CriteriaVersionModel>
{
    public CriteriaVersionType()
    {
        Name = "CriteriaVersion";
        Description = "The committee's criteria and weights as the chair set them at one time.";
        Field(v => v.Number).Description("1 for the committee's first criteria, then one more per edit.");
        Field(v => v.CreatedAt);
        Field<PersonType>("changedBy")
            .Description("The chair who made this version; null for the first.")
            .Resolve(context => context.Source.ChangedById is { } id ? context.Get<PersonByIdLoader>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionType>>>>("criteria")
            .ShortList()
            .Resolve(context => context.Get<CriteriaByVersionLoader>().Load(context.Source.Id));
    }
}

public sealed class CommitteeMeetingType : ObjectGraphType<CommitteeMeetingModel>
{
    public CommitteeMeetingType()
    {
        Name = "CommitteeMeeting";
        Description = "A meeting of the committee, held under the criteria version in force when it was scheduled.";
        this.ImplementNode(m => m.Id);
        Field(m => m.Title);
        Field(m => m.Date);
        Field(m => m.CancelledAt, nullable: true).Description("When staff called the meeting off; null while it stands.");
        Field(m => m.CancellationReason, nullable: true).Description("Why it was called off.");
        Field<NonNullGraphType<CommitteeType>>("committee").Resolve(context => context.Get<CommitteeByIdLoader>().Load(context.Source.CommitteeId));
        Field<NonNullGraphType<CriteriaVersionType>>("criteriaVersion")
            .Description("The criteria the agenda is scored and decided under.")
            .Resolve(context => context.Get<CriteriaVersionByIdLoader>().Load(context.Source.CriteriaVersionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaItemType>>>>("agenda")
            .ShortList(10)
            .Resolve(context => context.Get<AgendaByMeetingLoader>().Load(context.Source.Id));
    }
}

public sealed class AgendaItemType : ObjectGraphType<AgendaItemModel>
{
    public AgendaItemType()
    {
        Name = "AgendaItem";
        Description = "A case on a meeting's agenda. The decision, its rationale and the priority score are public; "
            + "the members' scores and comments (`assessments`) are for the committee and hub staff only.";
        this.ImplementNode(i => i.Id);
        Field<NonNullGraphType<HelpRequestType>>("request").Resolve(context => context.Get<HelpRequestByIdLoader>().Load(context.Source.HelpRequestId));
        Field<NonNullGraphType<CommitteeMeetingType>>("meeting").Resolve(context => context.Get<MeetingByIdLoader>().Load(context.Source.MeetingId));
        Field(i => i.AddedAt);
        Field(i => i.Decision, type: typeof(EnumerationGraphType<AgendaDecision>)).Description("Null while the item is open for scoring.");
        Field(i => i.Rationale, nullable: true).Description("Why the meeting decided as it did; public, the requester reads it.");
        Field(i => i.DecidedAt, nullable: true);
        Field<PriorityBreakdownType>("priority")
            .Description("The weighted priority score and its per-criterion breakdown from the members' scores so far; null before anyone scored. "
                + "After the decision, `decidedPriorityScore` keeps the score it was made with.")
            .Resolve(context => context.Get<BreakdownByAgendaItemLoader>().Load(context.Source.Id));
        Field("decidedPriorityScore", i => i.PriorityScore, nullable: true).Description("The priority score when the meeting decided.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentType>>>>("assessments")
            .Description("Each member's scores and comment: the committee's deliberation (the decision's rationale is public).")
            .ForRoles(Roles.Committee)
            .ShortList(10)
            .Resolve(context => context.Get<AssessmentsByAgendaItemLoader>().Load(context.Source.Id));
    }
}

public sealed class AssessmentType : ObjectGraphType<AssessmentModel>
{
    public AssessmentType()
    {
        Name = "CommitteeAssessment";
        Description = "One member's scores of an agenda item. Visible to the committee and hub staff only.";
        Field<NonNullGraphType<PersonType>>("member").Resolve(context => context.Get<PersonByIdLoader>().Load(context.Source.MemberId));
        Field(a => a.Comment, nullable: true);
        Field("scoredAt", a => a.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionScoreType>>>>("scores").Resolve(context => context.Source.Scores);
    }
}

public sealed class CriterionScoreType : ObjectGraphType<CriterionScoreModel>
{
    public CriterionScoreType()
    {
        Name = "CriterionScore";
        Field(s => s.CriterionKey);
        Field(s => s.Score).Description("1–5, as the member gave it (before any LOWER_IS_BETTER inversion).");
    }
}

public sealed class PriorityBreakdownType : ObjectGraphType<PriorityBreakdown>
{
    public PriorityBreakdownType()
    {
        Name = "PriorityBreakdown";
        Description = "Per criterion: mean score × weight (6 − mean for LOWER_IS_BETTER); the contributions add up to the score.";
        Field(b => b.Score).Description("The weighted priority score, 0–5.");
        Field(b => b.Assessments).Description("How many members have scored.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionContributionType>>>>("criteria").Resolve(context => context.Source.Criteria);
    }
}

public sealed class CriterionContributionType : ObjectGraphType<CriterionContribution>
{
    public CriterionContributionType()
    {
        Name = "CriterionContribution";
        Field<NonNullGraphType<CriterionType>>("criterion").Resolve(context => context.Source.Criterion);
        Field(c => c.MeanScore).Description("The members' mean score, 1–5.");
        Field(c => c.Weight);
        Field(c => c.Contribution).Description("What the criterion adds to the priority score.");
    }
}
