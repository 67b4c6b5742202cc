using ContentHub.Data.Experts;
using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Search.Indexing;
using ContentHub.Search.Matching;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Matching;

public static class ExpertMatchQueries
{
    private const int MaxMatches = 20;

    public static void AddExpertMatchFields(this HelpRequestType request) =>
        request.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertMatchType>>>>("expertMatches")
            .Description("The experts most suitable for this request, best first, each with a score, its breakdown and a reason. Experts away today are never proposed.")
            .ForRoles(Roles.Staff)
            .Argument<IntGraphType>("first", "At most 20; default 5.")
            .Argument<BooleanGraphType>("includeExternal",
                "Also propose external experts (a referral). Without it they appear only when no internal expert reaches the hub's minimum score.")
            .ShortList()
            .ResolveAsync(async context =>
            {
                var profile = await SimilarityQueries.ProfileAsync(context, IndexLogs.Cases);
                var facts = await context.Get<ExpertCandidates>().LoadAsync(profile.HubId, context.Source.AffiliateId, profile.HelpTypes, context.CancellationToken);
                var today = ExpertAvailability.Today(context.Get<TimeProvider>());
                var match = new MatchRequest(profile, facts.NeededSkills, facts.Region, today, context.GetArgument<bool?>("includeExternal") == true, facts.Weights);
                return context.Get<ExpertMatcher>().Match(match, facts.Candidates, Math.Clamp(context.GetArgument<int?>("first") ?? 5, 0, MaxMatches));
            });
}
