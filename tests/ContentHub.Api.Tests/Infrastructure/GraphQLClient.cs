using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// Sends GraphQL operations over real HTTP and hands back the parsed response, signed in with
/// <paramref name="token"/> (an access token's secret) when there is one.
/// </summary>
public sealed class GraphQLClient(HttpClient http, string? token = null)
{
    public HttpClient Http => http;

    public string? Token => token;

    /// <summary>The same server, as someone else (null: anonymous).</summary>
    public GraphQLClient As(string? otherToken) => new(http, otherToken);

    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    public Task<GraphQLResponse> SendAsync(string query, object? variables = null, string? hub = null) =>
        SendAsync(JsonContent.Create(new { query, variables }), GraphQLResponseMediaType, hub, CancellationToken.None);

    /// <summary>
    /// POSTs <paramref name="body"/> exactly as given (a batch, malformed JSON, another media type;
    /// no Content-Type at all when <paramref name="contentType"/> is null).
    /// </summary>
    public Task<GraphQLResponse> SendRawAsync(
        string body, string? contentType = "application/json", string accept = GraphQLResponseMediaType, CancellationToken cancellationToken = default)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(content, accept, hub: null, cancellationToken);
    }

    /// <summary>Every request of the tests leaves through here, so headers they all need are added in one place.</summary>
    private async Task<GraphQLResponse> SendAsync(HttpContent content, string accept, string? hub, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (hub is not null)
        {
            request.Headers.Add("X-ContentHub-Hub", hub);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(body)!.AsObject(), body);
    }

    /// <summary>Sends an operation that must succeed without any top-level error, and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Body}");
        Assert.Equal(200, response.Status);
        return response.Data!;
    }
}

public sealed record GraphQLResponse(int Status, JsonObject Json, string Body)
{
    public JsonNode? Data => Json["data"];

    public JsonArray? Errors => Json["errors"]?.AsArray();

    public string? FirstErrorCode => Errors?.FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>();

    public override string ToString() => Body;
}

public static class JsonNodeExtensions
{
    public static string Text(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("Expected a string.");

    public static int Int(this JsonNode? node) => node?.GetValue<int>() ?? throw new InvalidOperationException("Expected a number.");

    public static IReadOnlyList<JsonNode> Items(this JsonNode? node) => node?.AsArray().Select(item => item!).ToList() ?? [];

    public static string Compact(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
