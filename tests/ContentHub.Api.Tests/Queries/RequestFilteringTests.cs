using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

/// <summary>HotChocolate-style where/order on the queue, answered by SQL over the seeded cases.</summary>
public sealed class RequestFilteringTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private async Task<IReadOnlyList<JsonNode>> RequestsAsync(string arguments, string fields = "title status language createdAt priorityScore")
    {
        var data = await server.GraphQL.DataAsync($"{{ requests(first: 100, {arguments}) {{ nodes {{ {fields} }} }} }}");
        return data["requests"]!["nodes"].Items();
    }

    [Fact]
    public async Task Status_in_and_language_eq_combine_with_and()
    {
        var nodes = await RequestsAsync("""where: { status: { in: [RESOLVED, CLOSED] }, language: { eq: "sv" } }""");

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(n["status"].Text(), new[] { "RESOLVED", "CLOSED" }));
        Assert.All(nodes, n => Assert.Equal("sv", n["language"].Text()));
    }

    [Fact]
    public async Task Or_matches_either_branch()
    {
        var nodes = await RequestsAsync("""where: { or: [{ status: { eq: DECLINED } }, { status: { eq: WITHDRAWN } }] }""");

        Assert.Contains(nodes, n => n["status"].Text() == "DECLINED");
        Assert.Contains(nodes, n => n["status"].Text() == "WITHDRAWN");
        Assert.All(nodes, n => Assert.Contains(n["status"].Text(), new[] { "DECLINED", "WITHDRAWN" }));
    }

    [Fact]
    public async Task Contains_is_case_insensitive_and_treats_wildcards_literally()
    {
        var lower = await RequestsAsync("""where: { title: { contains: "wikidata" } }""");
        var upper = await RequestsAsync("""where: { title: { contains: "WIKIDATA" } }""");
        var wildcard = await RequestsAsync("""where: { title: { contains: "%" } }""");

        Assert.NotEmpty(lower);
        Assert.Equal(lower.Select(n => n["title"].Text()), upper.Select(n => n["title"].Text()));
        Assert.All(wildcard, n => Assert.Contains("%", n["title"].Text()));
    }

    [Fact]
    public async Task Help_types_and_platforms_filter_through_their_lists()
    {
        var nodes = await RequestsAsync(
            """where: { helpTypes: { some: { key: { eq: "legal-licensing" } } }, targetPlatforms: { some: { eq: WIKIDATA } } }""",
            "helpTypes { key } targetPlatforms");

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains("legal-licensing", n["helpTypes"].Items().Select(t => t["key"].Text())));
        Assert.All(nodes, n => Assert.Contains("WIKIDATA", n["targetPlatforms"].Items().Select(p => p.Text())));
    }

    [Fact]
    public async Task Date_ranges_and_descending_order_by_priority()
    {
        var nodes = await RequestsAsync(
            """where: { createdAt: { gte: "2025-01-01T00:00:00Z", lt: "2026-01-01T00:00:00Z" }, priorityScore: { neq: null } }, order: [{ priorityScore: DESC }]""");

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.StartsWith("2025-", n["createdAt"].Text()));
        var scores = nodes.Select(n => n["priorityScore"]!.GetValue<decimal>()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Filtering_by_affiliate_id_returns_only_its_requests()
    {
        var affiliate = (await server.GraphQL.DataAsync("""{ affiliates(where: { key: { eq: "wikimedia-sverige" } }) { nodes { id } } }"""))
            ["affiliates"]!["nodes"]![0]!["id"].Text();

        var nodes = await RequestsAsync($$"""where: { affiliate: { eq: "{{affiliate}}" } }""", "affiliate { id }");

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(affiliate, n["affiliate"]!["id"].Text()));
    }

    [Fact]
    public async Task An_id_of_the_wrong_type_in_a_filter_is_an_error()
    {
        var person = (await server.GraphQL.DataAsync("{ people(first: 1) { nodes { id } } }"))["people"]!["nodes"]![0]!["id"].Text();

        var response = await server.GraphQL.SendAsync($$"""{ requests(where: { affiliate: { eq: "{{person}}" } }) { totalCount } }""");

        Assert.Equal("INVALID_ID", response.FirstErrorCode);
    }

    [Fact]
    public async Task Default_order_is_newest_first()
    {
        var nodes = await RequestsAsync("where: { }");

        var created = nodes.Select(n => DateTimeOffset.Parse(n["createdAt"].Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(created.OrderByDescending(c => c), created);
    }
}
