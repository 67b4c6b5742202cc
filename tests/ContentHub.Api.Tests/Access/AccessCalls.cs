using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Access;

/// <summary>Reads and calls the access tests share: who the server thinks is calling, and the codes of refusals.</summary>
internal static class AccessCalls
{
    public const string TokenFields = "id name hint scopes expiresAt revokedAt thisHubOnly owner { displayName } createdBy { displayName }";

    public static async Task<JsonNode> ViewerAsync(this GraphQLClient graphQL) =>
        (await graphQL.DataAsync($"{{ viewer {{ person {{ id displayName }} roles scopes accessTokens {{ {TokenFields} }} }} }}"))["viewer"]!;

    public static async Task<JsonNode> CreateTokenAsync(this GraphQLClient graphQL, object input) =>
        (await graphQL.DataAsync(
            $"mutation($input: CreateAccessTokenInput!) {{ createAccessToken(input: $input) {{ secret accessToken {{ {TokenFields} }} errors {{ ... on Error {{ code message }} ... on NotPermittedError {{ field }} }} }} }}",
            new { input }))["createAccessToken"]!;

    public static async Task<JsonNode> RevokeTokenAsync(this GraphQLClient graphQL, string id) =>
        (await graphQL.DataAsync(
            $"mutation($id: ID!) {{ revokeAccessToken(input: {{ id: $id }}) {{ accessToken {{ {TokenFields} }} errors {{ ... on Error {{ code message }} }} }} }}",
            new { id }))["revokeAccessToken"]!;

    /// <summary>The codes of a refused operation's top-level errors; a refusal carries no data at all.</summary>
    public static IReadOnlyList<string> RefusalCodes(GraphQLResponse response)
    {
        Assert.True(response.Errors is { Count: > 0 }, "Expected a refusal: " + response.Body);
        return response.Errors!.Select(error => error!["extensions"]!["code"].Text()).Distinct().ToList();
    }

    public static async Task<IReadOnlyList<JsonNode>> VisibleRequestsAsync(this GraphQLClient graphQL) =>
        (await graphQL.DataAsync("{ requests(first: 100) { totalCount nodes { id isPublic affiliate { key } } } }"))["requests"]!["nodes"].Items();
}
