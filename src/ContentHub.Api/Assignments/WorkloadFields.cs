using ContentHub.Api.Experts;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.Assignments;

/// <summary>An expert's load against their monthly capacity, batched across the experts of a page.</summary>
public static class WorkloadFields
{
    public static void AddWorkloadFields(this ExpertProfileType expert)
    {
        expert.Field<NonNullGraphType<IntGraphType>>("openHours")
            .Description("Hours of open work: unreleased assignments on open cases, and accepted referrals at the hub's default hours.")
            .Resolve(context => context.Get<OpenHoursByExpertLoader>().Load(context.Source.Id));
        expert.Field<NonNullGraphType<IntGraphType>>("freeHours")
            .Description("This month's capacity minus open hours; never below 0 (an override may take an expert past capacity).")
            .Resolve(context =>
            {
                var capacity = context.Source.MonthlyCapacityHours;
                return context.Get<OpenHoursByExpertLoader>().Load(context.Source.Id).Then(open => Math.Max(0, capacity - open));
            });
    }
}
