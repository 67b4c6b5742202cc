using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

public sealed class HubScopeTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task An_unknown_hub_gets_a_clear_error()
    {
        var response = await server.GraphQL.SendAsync("{ requests(first: 1) { totalCount } }", hub: "no-such-hub");

        Assert.Equal("HUB_NOT_FOUND", response.FirstErrorCode);
        Assert.Contains("no-such-hub", response.Errors![0]!["message"].Text());
    }

    [Fact]
    public async Task The_seeded_hub_is_addressed_by_its_slug()
    {
        var response = await server.GraphQL.SendAsync("{ currentHub { slug } requests(first: 1) { totalCount } }", hub: "content-partnerships");

        Assert.Null(response.Errors);
        Assert.Equal("content-partnerships", response.Data!["currentHub"]!["slug"].Text());
        Assert.True(response.Data!["requests"]!["totalCount"].Int() >= 150);
    }
}
