using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Usefulness;

/// <summary>Requests with a usefulness plan, their assessment and their impact, through the server.</summary>
internal static class UsefulnessCalls
{
    public const string CaseQuery = """
        query($id: ID!) {
          node(id: $id) {
            ... on HelpRequest {
              version status intendedUses licenceStatus metadataQuality
              usefulness { level findings { code severity message } }
              impact {
                latest { filesUploaded filesUsedOnWikiPages wikidataItemsCreated source sourceUrl note recordedAt helpRequest { id } }
                history { filesUploaded }
              }
              events { kind }
            }
          }
        }
        """;

    /// <summary>Submits a request bringing <paramref name="volume"/> files with the given plan (a null field is left out).</summary>
    public static Task<SubmittedRequest> SubmitWithPlanAsync(
        GraphQLClient graphQL, int volume, string[]? uses = null, string? licence = null, string? metadata = null, string? campaignId = null) =>
        RequestSubmission.SubmitAsync(graphQL, input =>
        {
            input["contentVolume"] = volume;
            if (uses is not null) input["intendedUses"] = new JsonArray(uses.Select(u => (JsonNode)u).ToArray());
            if (licence is not null) input["licenceStatus"] = licence;
            if (metadata is not null) input["metadataQuality"] = metadata;
            if (campaignId is not null) input["campaignId"] = campaignId;
        });

    public static async Task<JsonNode> CaseAsync(GraphQLClient graphQL, string id) => (await graphQL.DataAsync(CaseQuery, new { id }))["node"]!;

    /// <summary>The assessment's findings as "CODE:SEVERITY", in the order the server gives them.</summary>
    public static async Task<IReadOnlyList<string>> FindingsAsync(GraphQLClient graphQL, string id) =>
        (await CaseAsync(graphQL, id))["usefulness"]!["findings"].Items().Select(f => $"{f["code"].Text()}:{f["severity"].Text()}").ToList();
}
