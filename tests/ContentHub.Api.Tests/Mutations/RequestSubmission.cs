using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>Well-formed requests for tests that need a case of their own: fresh, version 1, nobody has answered yet.</summary>
internal static class RequestSubmission
{
    public const string AffiliateKey = "wikimedia-sverige";

    /// <summary>A requester of the seed who belongs to <see cref="AffiliateKey"/>.</summary>
    public const string RequesterName = "Karin Blom";

    /// <summary><see cref="RequesterName"/>'s key, to sign in as her.</summary>
    public const string RequesterKey = "req-a-karin-blom";

    public const string Mutation = """
        mutation($input: SubmitRequestInput!) {
          submitRequest(input: $input) {
            helpRequest { id version }
            errors { ... on Error { code message } }
          }
        }
        """;

    /// <summary>A complete, valid input; tests change one field at a time to break it.</summary>
    public static JsonObject ValidInput(string affiliateId, string requesterId) => new()
    {
        ["title"] = "Batch upload of 300 historical maps from a municipal archive",
        ["description"] = "The archive has scanned 300 maps of the town from 1850–1950 and wants them on Commons with good metadata.",
        ["language"] = "en",
        ["affiliateId"] = affiliateId,
        ["requesterId"] = requesterId,
        ["partner"] = new JsonObject { ["name"] = "Invented Municipal Archive", ["type"] = "ARCHIVE", ["wikidataId"] = "Q1887488" },
        ["helpTypes"] = new JsonArray("upload-tooling", "metadata-modelling"),
        ["targetPlatforms"] = new JsonArray("COMMONS", "WIKIDATA"),
        ["contentVolume"] = 300,
        ["usefulnessPlan"] = "Illustrate the town's history articles on Swedish and English Wikipedia.",
    };

    /// <summary>
    /// Submits a valid request by <see cref="RequesterName"/> (filed by the client's caller: staff on her
    /// behalf, or herself) and returns its ID and the requester's.
    /// </summary>
    public static async Task<SubmittedRequest> SubmitAsync(GraphQLClient graphQL, Action<JsonObject>? change = null)
    {
        var affiliateId = await graphQL.AffiliateIdAsync(AffiliateKey);
        var requester = await graphQL.PersonAsync(RequesterName);
        var input = ValidInput(affiliateId, requester.Id);
        change?.Invoke(input);
        var data = await graphQL.DataAsync(Mutation, new { input });
        var request = PayloadErrors.ShouldSucceed(data["submitRequest"], "helpRequest");
        return new SubmittedRequest(request["id"].Text(), requester.Id);
    }
}

internal sealed record SubmittedRequest(string Id, string RequesterId);
