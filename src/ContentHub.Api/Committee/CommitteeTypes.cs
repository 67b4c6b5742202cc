using ContentHub.Api.Affiliates;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.People;
using ContentHub.Data.Committee;
using GraphQL.Types;

namespace ContentHub.Api.Committee;

public sealed class CommitteeType : ObjectGraphType<CommitteeModel>
{
    public CommitteeType()
    {
        Name = "Committee";
        Description = "Movement members who set the hub's priorities and score its requests; hub staff do not score.";
        this.ImplementNode(c => c.Id);
        Field(c => c.Name);
        Field(c => c.Description, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeMemberType>>>>("members")
            .ShortList()
            .Resolve(context => context.Get<MembersByCommitteeLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionType>>>>("criteria")
            .Description("The weighted criteria requests are scored by.")
            .ShortList()
            .Resolve(context => context.Get<CriteriaByCommitteeLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<CriteriaVersionType>>("criteriaVersion")
            .Description("The criteria version in force: new meetings are held under it.")
            .Resolve(context => context.Get<CriteriaVersionsByCommitteeLoader>().Load(context.Source.Id).Then(versions => versions[0]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaVersionType>>>>("criteriaHistory")
            .Description("Every criteria version, newest first; meetings and their decisions keep the version they were held under.")
            .ShortList()
            .Resolve(context => context.Get<CriteriaVersionsByCommitteeLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeMeetingType>>>>("meetings")
            .Description("The committee's meetings, latest first.")
            .ShortList()
            .Resolve(context => context.Get<MeetingsByCommitteeLoader>().Load(context.Source.Id));
    }
}

public sealed class CommitteeMemberType : ObjectGraphType<CommitteeMemberModel>
{
    public CommitteeMemberType()
    {
        Name = "CommitteeMember";
        Field<NonNullGraphType<PersonType>>("person").Resolve(context => context.Get<PersonByIdLoader>().Load(context.Source.PersonId));
        Field<AffiliateType>("affiliate")
            .Description("Where the member comes from; they never score that affiliate's requests.")
            .Resolve(context => context.Source.AffiliateId is { } id ? context.Get<AffiliateByIdLoader>().Load(id) : null);
        Field(m => m.Role, type: typeof(NonNullGraphType<EnumerationGraphType<CommitteeRole>>));
    }
}

public sealed class CriterionType : ObjectGraphType<CriterionModel>
{
    public CriterionType()
    {
        Name = "PrioritisationCriterion";
        Field(c => c.Key);
        Field(c => c.Name);
        Field(c => c.Description, nullable: true);
        Field(c => c.Weight).Description("Share of the priority score; the committee's weights add up to 1.");
        Field(c => c.Direction, type: typeof(NonNullGraphType<EnumerationGraphType<CriterionDirection>>))
            .Description("HIGHER_IS_BETTER for benefits; LOWER_IS_BETTER for risk.");
    }
}
