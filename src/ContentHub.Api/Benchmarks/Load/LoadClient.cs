using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>
/// Every HTTP request the load test sends goes through here, so the caller's access token is added
/// in one place: the requests go out as each staff member in turn. A call fails unless it is a 200
/// whose body has no errors, GraphQL's top-level ones or a mutation payload's.
/// </summary>
public sealed class LoadClient : IDisposable
{
    private readonly HttpClient http;
    private readonly IReadOnlyList<AuthenticationHeaderValue> callers;
    private int sent;

    public LoadClient(Uri server, IReadOnlyList<string> accessTokens)
    {
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        callers = accessTokens.Select(token => new AuthenticationHeaderValue("Bearer", token)).ToList();
    }

    /// <summary>Posts a GraphQL operation and returns its <c>data</c>.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        using var response = await SendAsync(request, cancellationToken);
        var data = await ReadAsync(response, cancellationToken);
        return PayloadErrors(data) is { } errors ? throw new LoadFailure("payload errors: " + errors) : data;
    }

    /// <summary>GETs a plain JSON endpoint (the baseline) and returns its <c>data</c>.</summary>
    public async Task<JsonElement> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = callers[(int)((uint)Interlocked.Increment(ref sent) % (uint)callers.Count)];
        return http.SendAsync(request, cancellationToken);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new LoadFailure($"HTTP {(int)response.StatusCode}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors))
        {
            throw new LoadFailure("errors: " + errors.GetRawText());
        }

        return root.GetProperty("data").Clone();
    }

    /// <summary>The <c>errors</c> of a mutation payload (the data's only field), when there are any.</summary>
    private static string? PayloadErrors(JsonElement data)
    {
        foreach (var field in data.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return errors.GetRawText();
            }
        }

        return null;
    }

    public void Dispose() => http.Dispose();
}

/// <summary>A call that did not succeed; counted as a failure of its operation.</summary>
public sealed class LoadFailure(string message) : Exception(message);
