using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Usefulness;

/// <summary>Resolving cases and recording their impact, through the server.</summary>
internal static class ImpactCalls
{
    public const string RecordImpact = """
        mutation($input: RecordImpactInput!) {
          recordImpact(input: $input) {
            impactReport { filesUploaded filesUsedOnWikiPages wikidataItemsCreated source recordedBy { displayName } helpRequest { id version } }
            errors { ... on Error { code message } ... on ValidationError { field } ... on NotFoundError { field } ... on CaseNotFinishedError { status } }
          }
        }
        """;

    private const string Resolve = """
        mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { status } errors { ... on Error { code } } } }
        """;

    public static async Task ResolveAsync(GraphQLClient graphQL, string id, int expectedVersion = 1) =>
        ShouldSucceed((await graphQL.DataAsync(Resolve, new { input = new { id, expectedVersion, resolution = "Uploaded in two batches with Pattypan." } }))["resolveRequest"], "helpRequest");

    /// <summary>Records the figures as the client's caller, who is recorded with them; returns the payload.</summary>
    public static async Task<JsonNode?> RecordAsync(GraphQLClient graphQL, string requestId, int uploaded, int used, int items, string source = "GLAMorous") =>
        (await graphQL.DataAsync(RecordImpact, new { input = RecordImpactInput(requestId, uploaded, used, items, source) }))["recordImpact"];

    public static object RecordImpactInput(string requestId, int uploaded, int used, int items, string source = "GLAMorous") =>
        new { requestId, filesUploaded = uploaded, filesUsedOnWikiPages = used, wikidataItemsCreated = items, source };

    /// <summary>An affiliate's, a campaign's and the hub's totals, in one query.</summary>
    public static async Task<ImpactTotalsByGroup> TotalsAsync(GraphQLClient graphQL, string affiliateId, string campaignId)
    {
        const string totals = "impact { casesReported filesUploaded filesUsedOnWikiPages wikidataItemsCreated }";
        var data = await graphQL.DataAsync($$"""
            query($affiliate: ID!, $campaign: ID!) {
              affiliate: node(id: $affiliate) { ... on Affiliate { {{totals}} } }
              campaign: node(id: $campaign) { ... on Campaign { {{totals}} } }
              currentHub { {{totals}} }
            }
            """, new { affiliate = affiliateId, campaign = campaignId });
        return new(Totals(data["affiliate"]), Totals(data["campaign"]), Totals(data["currentHub"]));
    }

    private static Totals Totals(JsonNode? group)
    {
        var impact = group!["impact"]!;
        return new(impact["casesReported"].Int(), impact["filesUploaded"].Int(), impact["filesUsedOnWikiPages"].Int(), impact["wikidataItemsCreated"].Int());
    }
}

internal sealed record Totals(int Cases, int Uploaded, int Used, int Items)
{
    public static Totals operator -(Totals a, Totals b) => new(a.Cases - b.Cases, a.Uploaded - b.Uploaded, a.Used - b.Used, a.Items - b.Items);
}

internal sealed record ImpactTotalsByGroup(Totals Affiliate, Totals Campaign, Totals Hub);
