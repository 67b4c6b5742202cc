using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Data.Experts;
using GraphQL.Types;

namespace ContentHub.Api.Experts;

public sealed class ExpertProfileFilterInputType : FilterInputType<ExpertProfile>
{
    public ExpertProfileFilterInputType() : base("ExpertProfileFilterInput")
    {
        Filter<EnumOperationFilterInputType<EnumerationGraphType<ExpertKind>>, ExpertKind>("kind", e => e.Kind);
        Filter<StringOperationFilterInputType, string?>("homeOrganisation", e => e.HomeOrganisation);
        Filter<StringOperationFilterInputType, string>("displayName", e => e.Person!.DisplayName);
        Filter<ListStringOperationFilterInputType, List<string>>("languages", e => e.Languages);
        Filter<ListStringOperationFilterInputType, List<string>>("regions", e => e.Regions);
        Filter<ListFilterInputTypeOfExpertSkillFilterInputType, List<ExpertSkill>>("skills", e => e.Skills);
        Filter<IntOperationFilterInputType, int>("monthlyCapacityHours", e => e.MonthlyCapacityHours);
        Filter<DateOperationFilterInputType, DateOnly?>("awayUntil", e => e.AwayUntil);
    }
}

public sealed class ExpertSkillFilterInputType : FilterInputType<ExpertSkill>
{
    public ExpertSkillFilterInputType() : base("ExpertSkillFilterInput")
    {
        Filter<StringOperationFilterInputType, string>("key", s => s.Skill!.Key);
        Filter<EnumOperationFilterInputType<EnumerationGraphType<SkillLevel>>, SkillLevel>("level", s => s.Level);
    }
}

public sealed class ListFilterInputTypeOfExpertSkillFilterInputType()
    : ListFilterInputType<ExpertSkillFilterInputType>("ListFilterInputTypeOfExpertSkillFilterInput");

public sealed class ExpertProfileSortInputType : SortInputType<ExpertProfile>
{
    public ExpertProfileSortInputType() : base("ExpertProfileSortInput")
    {
        Sort("displayName", e => e.Person!.DisplayName);
        Sort("kind", e => e.Kind);
        Sort("monthlyCapacityHours", e => e.MonthlyCapacityHours);
        Sort("awayUntil", e => e.AwayUntil);
        Sort("createdAt", e => e.CreatedAt);
    }

    protected override IOrderedQueryable<ExpertProfile> DefaultOrder(
        IQueryable<ExpertProfile> query, System.Linq.Expressions.Expression<Func<ExpertProfile, int>> tieBreaker) =>
        query.OrderBy(e => e.Person!.DisplayName).ThenBy(tieBreaker);
}

