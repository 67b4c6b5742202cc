using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.People;
using ContentHub.Data.Experts;
using GraphQL.Types;

namespace ContentHub.Api.Experts;

public sealed class ExpertProfileType : ObjectGraphType<ExpertProfileModel>
{
    public ExpertProfileType(TimeProvider clock)
    {
        Name = "ExpertProfile";
        Description = "A person's expertise as offered to this hub: hub staff (INTERNAL) or elsewhere in the movement (EXTERNAL).";
        this.ImplementNode(e => e.Id);
        Field<NonNullGraphType<PersonType>>("person").Resolve(context => context.Get<PersonByIdLoader>().Load(context.Source.PersonId));
        Field(e => e.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<ExpertKind>>));
        Field(e => e.HomeOrganisation, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertSkillType>>>>("skills")
            .ShortList()
            .Resolve(context => context.Get<SkillsByExpertLoader>().Load(context.Source.Id));
        Field(e => e.Languages).Description("ISO 639 codes of the languages the expert works in.");
        Field(e => e.Regions);
        Field(e => e.MonthlyCapacityHours).Description("Hours a month the expert can give the hub.");
        Field(e => e.AwayUntil, nullable: true).Description("When set and in the future, the expert is away until that date.");
        Field<NonNullGraphType<BooleanGraphType>>("available")
            .Description("Not away today; an expert away until a date is back on that date.")
            .Resolve(context => !ExpertAvailability.IsAway(context.Source.AwayUntil, ExpertAvailability.Today(clock)));
        this.AddWorkloadFields();
        Field(e => e.Bio, nullable: true);
        Field(e => e.IsSample).Description("True for invented profiles of the sample data.");
        Field(e => e.CreatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(e => e.UpdatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
    }
}

public sealed class ExpertSkillType : ObjectGraphType<ExpertSkillModel>
{
    public ExpertSkillType()
    {
        Name = "ExpertSkill";
        Description = "A skill from the hub's list, with the expert's level in it.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(context => context.Source.SkillKey);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.SkillName);
        Field(s => s.Level, type: typeof(NonNullGraphType<EnumerationGraphType<SkillLevel>>));
    }
}
