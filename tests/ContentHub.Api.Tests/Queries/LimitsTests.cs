using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

/// <summary>Depth and complexity limits stop runaway queries before they reach the database.</summary>
public sealed class LimitsTests(LimitsTests.SmallLimitsServer server) : IClassFixture<LimitsTests.SmallLimitsServer>
{
    public sealed class SmallLimitsServer : ContentHubServer
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ContentHub:GraphQL:MaxDepth"] = "6",
            ["ContentHub:GraphQL:MaxComplexity"] = "400",
        };
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_rejected()
    {
        var response = await server.GraphQL.SendAsync(
            "{ requests { nodes { assignments { expert { person { affiliates { name } } } } } } }");

        Assert.Equal(400, response.Status);
        Assert.Null(response.Data);
        Assert.NotNull(response.FirstErrorCode);
        Assert.Contains("depth", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_over_the_complexity_budget_is_rejected()
    {
        var response = await server.GraphQL.SendAsync(
            "{ a: requests(first: 100) { nodes { title comments { body } events { kind } } } b: requests(first: 100) { nodes { title comments { body } } } }");

        Assert.Equal(400, response.Status);
        Assert.Null(response.Data);
        Assert.Contains("complexity", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_document_seen_before_is_measured_again_with_the_page_sizes_of_each_request()
    {
        const string Query = "query($first: Int) { a: requests(first: $first) { nodes { title comments { body } events { kind } } } }";
        Assert.Equal(2, (await server.GraphQL.DataAsync(Query, new { first = 2 }))["a"]!["nodes"].Items().Count);

        var response = await server.GraphQL.SendAsync(Query, new { first = 100 });

        Assert.Equal(400, response.Status);
        Assert.Null(response.Data);
        Assert.Contains("complexity", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_within_the_limits_runs()
    {
        var data = await server.GraphQL.DataAsync("{ requests(first: 5) { nodes { title affiliate { name } } } }");

        Assert.Equal(5, data["requests"]!["nodes"].Items().Count);
    }
}
