using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Limits;

/// <summary>A server that lets each anonymous client address send five requests a minute, and each token three.</summary>
public sealed class RateLimitedServer : ContentHubServer
{
    public const int PermitsPerMinute = 5;
    public const int PermitsPerMinutePerToken = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ContentHub:RateLimit:PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ContentHub:RateLimit:PermitsPerMinutePerToken"] = PermitsPerMinutePerToken.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class RateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_and_a_graphql_error_while_health_stays_open()
    {
        using var client = server.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= RateLimitedServer.PermitsPerMinute; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/graphql", new { query = "{ currentHub { name } }" }));
        }

        Assert.All(answers.Take(RateLimitedServer.PermitsPerMinute), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Each_token_has_its_own_budget_whatever_address_it_comes_from()
    {
        // Tokens are made before the budgets are spent: the admin's createAccessToken calls count too.
        var first = await server.SignInAsAsync("req-a-karin-blom");
        var second = await server.SignInAsAsync("req-a-henrik-sjoberg");

        var firstAnswers = new List<GraphQLResponse>();
        for (var i = 0; i <= RateLimitedServer.PermitsPerMinutePerToken; i++)
        {
            firstAnswers.Add(await first.SendAsync("{ viewer { roles } }"));
        }

        Assert.All(firstAnswers.Take(RateLimitedServer.PermitsPerMinutePerToken), a => Assert.Equal(200, a.Status));
        Assert.Equal(429, firstAnswers[^1].Status);
        Assert.Equal("RATE_LIMITED", firstAnswers[^1].FirstErrorCode);
        // Same address, another token: a budget of its own.
        Assert.Equal(200, (await second.SendAsync("{ viewer { roles } }")).Status);
    }
}
