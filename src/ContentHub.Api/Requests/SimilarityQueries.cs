using ContentHub.Api.Access;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.KnowledgeBase;
using ContentHub.Api.Search;
using ContentHub.Data.Requests;
using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed record DraftRequestInput(
    string? Title, string? Description, string Language, List<string>? HelpTypes, List<Platform>? TargetPlatforms,
    PartnerType? PartnerType, [property: Id] string? CampaignId);

public sealed class DraftRequestInputType : AutoRegisteringInputObjectGraphType<DraftRequestInput>;

/// <summary>Similar past cases and suggested articles, for stored requests and for drafts.</summary>
public static class SimilarityQueries
{
    private const int MaxSuggestions = 20;

    public static void AddSimilarityFields(this HelpRequestType request)
    {
        request.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarCaseType>>>>("similarCases")
            .Description("Past cases most like this one (never itself), best first.")
            .Argument<IntGraphType>("first", "At most 20; default 5.")
            .ShortList()
            .ResolveAsync(async context => await VisibleCasesAsync(context, await ProfileAsync(context, IndexLogs.Cases)));
        request.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedArticleType>>>>("suggestedArticles")
            .Description("Published articles that may answer this request, in its language first.")
            .Argument<IntGraphType>("first", "At most 20; default 5.")
            .ShortList()
            .ResolveAsync(async context => context.Get<SimilarCases>().FindArticles(await ProfileAsync(context, IndexLogs.Articles), First(context)));
    }

    public static void AddDraftSuggestions(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<DraftSuggestionsType>>("suggestForDraft")
            .Description("Similar past cases and articles for a request still being written, so duplicates are caught before they are filed.")
            .Argument<NonNullGraphType<DraftRequestInputType>>("input")
            .SignedIn()
            .Argument<IntGraphType>("first", "At most 20; default 5.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<DraftRequestInput>("input");
                var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                var profile = new CaseProfile(
                    hubId, null, Limit(input.Title, 300), Limit(input.Description, 20_000), input.Language, input.HelpTypes ?? [],
                    (input.TargetPlatforms ?? []).Select(p => p.ToString()).ToList(), input.PartnerType?.ToString(),
                    GlobalId.KeyOf(input.CampaignId, "Campaign"));
                await context.WaitForCallersWritesAsync(IndexLogs.Cases | IndexLogs.Articles);
                var similar = context.Get<SimilarCases>();
                return new DraftSuggestions(await VisibleCasesAsync(context, profile), similar.FindArticles(profile, First(context)));
            });

    /// <summary>The stored request as the searches see it, once the index covers the caller's writes to the logs they read.</summary>
    public static async Task<CaseProfile> ProfileAsync(IResolveFieldContext<HelpRequestModel> context, IndexLogs logs)
    {
        var request = context.Source;
        var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
        var helpTypes = await context.Get<HelpTypesByRequestLoader>().Load(request.Id).GetResultAsync(context.CancellationToken);
        await context.WaitForCallersWritesAsync(logs);
        return new CaseProfile(
            hubId, request.Id, request.Title, request.Description, request.Language, helpTypes.Select(t => t.Key).ToList(),
            request.TargetPlatforms.Select(p => p.ToString()).ToList(), request.PartnerType?.ToString(), request.CampaignId);
    }

    /// <summary>
    /// The best similar cases the caller may read. The index knows nothing of who asks, so it is
    /// asked for a few more than wanted and the ones the caller may not see are left out.
    /// </summary>
    private static async Task<IReadOnlyList<SimilarHit>> VisibleCasesAsync(IResolveFieldContext context, CaseProfile profile)
    {
        var first = First(context);
        if (await context.Get<Caller>().IsStaffAsync(context.CancellationToken))
        {
            return context.Get<SimilarCases>().FindCases(profile, first);
        }

        var hits = context.Get<SimilarCases>().FindCases(profile, Math.Min(first * 4, 100));
        var visible = await context.Get<RequestAccess>().VisibleIdsAsync(hits.Select(hit => hit.Id).ToList(), context.CancellationToken);
        return hits.Where(hit => visible.Contains(hit.Id)).Take(first).ToList();
    }

    private static int First(IResolveFieldContext context) => Math.Clamp(context.GetArgument<int?>("first") ?? 5, 0, MaxSuggestions);

    private static string Limit(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length];
}
