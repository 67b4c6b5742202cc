using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Affiliates;

public sealed class AffiliateQueryTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task Filters_by_kind_and_language_and_orders_descending()
    {
        var data = await server.GraphQL.DataAsync("""
            {
              affiliates(first: 50, where: { kind: { eq: CHAPTER }, languages: { some: { eq: "sv" } } }, order: [{ name: DESC }]) {
                totalCount
                nodes { name kind languages }
              }
            }
            """);

        var nodes = data["affiliates"]!["nodes"].Items();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal("CHAPTER", n["kind"].Text()));
        Assert.All(nodes, n => Assert.Contains("sv", n["languages"].Items().Select(l => l.Text())));
        var names = nodes.Select(n => n["name"].Text()).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
        Assert.Equal(nodes.Count, data["affiliates"]!["totalCount"].Int());
    }
}
