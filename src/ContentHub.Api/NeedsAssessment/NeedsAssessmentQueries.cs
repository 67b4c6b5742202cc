using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Data;
using ContentHub.Data.NeedsAssessment;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using AutoMapper.QueryableExtensions;

namespace ContentHub.Api.NeedsAssessment;

public sealed class InterviewFilterInputType : FilterInputType<Interview>
{
    public InterviewFilterInputType() : base("InterviewFilterInput")
    {
        Filter<StringOperationFilterInputType, string?>("intervieweeRole", i => i.IntervieweeRole);
        FilterById("affiliate", i => i.AffiliateId, "Affiliate");
        Filter<DateOperationFilterInputType, DateOnly>("interviewedOn", i => i.InterviewedOn);
    }
}

public sealed class InterviewSortInputType : SortInputType<Interview>
{
    public InterviewSortInputType() : base("InterviewSortInput")
    {
        Sort("interviewedOn", i => i.InterviewedOn);
        Sort("intervieweeName", i => i.IntervieweeName);
    }
}

public sealed class InterviewsConnectionType() : ConnectionType<InterviewType, InterviewModel>("Interviews");

public static class NeedsAssessmentQueries
{
    public static void AddNeedsAssessmentQueries(this ObjectGraphType query)
    {
        query.Connection<object?, InterviewsConnectionType, InterviewFilterInputType, InterviewSortInputType, Interview, InterviewModel>(
                "interviews",
                context => context.InHub(db => db.Interviews),
                i => i.Id)
            .Description("Needs-assessment interviews of this hub: what people told the hub in confidence.")
            .ForRoles(Roles.Committee);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightType>>>>("insights")
            .Description("Needs-assessment insights, optionally only those tagged with any of the given themes.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("themes")
            .ForRoles(Roles.Committee)
            .ResolveAsync(async context =>
            {
                var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                var db = context.Get<ContentHubDbContext>();
                var insights = db.Insights.Where(i => db.Interviews.Any(v => v.Id == i.InterviewId && v.HubId == hubId));
                if (context.GetArgument<List<string>?>("themes") is { Count: > 0 } themes)
                {
                    insights = insights.Where(i => i.Themes.Any(t => themes.Contains(t)));
                }

                return await insights.AsNoTracking().OrderBy(i => i.Id)
                    .ProjectTo<InsightModel>(context.Get<IMappingConfiguration>()).ToListAsync(context.CancellationToken);
            });
    }
}

public sealed class InterviewByIdLoader(ContentHubDbContext db, RowsByKey rows, HubContext hub)
    : HubScopedByKeyLoader<Interview, InterviewModel>(db, rows, hub, i => i.Id, i => i.Id);

public sealed class InsightsByInterviewLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<Insight, InsightModel>(mapping, db.Insights, i => i.InterviewId, i => i.InterviewId, q => q.OrderBy(i => i.Id));
