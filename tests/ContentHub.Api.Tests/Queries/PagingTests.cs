using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

public sealed class PagingTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          affiliates(first: $first, after: $after, last: $last, before: $before, order: [{ key: ASC }]) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { key } }
          }
        }
        """;

    [Fact]
    public async Task Walking_forward_page_by_page_visits_every_item_once_in_order()
    {
        var keys = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await server.GraphQL.DataAsync(Page, new { first = 7, after }))["affiliates"]!;
            total = page["totalCount"].Int();
            keys.AddRange(page["edges"].Items().Select(e => e["node"]!["key"].Text()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"].Text() : null;
        }
        while (after is not null);

        Assert.Equal(total, keys.Count);
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Last_before_returns_the_items_just_before_the_cursor()
    {
        var all = (await server.GraphQL.DataAsync(Page, new { first = 20 }))["affiliates"]!["edges"].Items();
        var tenth = all[9]["cursor"].Text();

        var page = (await server.GraphQL.DataAsync(Page, new { last = 3, before = tenth }))["affiliates"]!;

        Assert.Equal(all.Skip(6).Take(3).Select(e => e["node"]!["key"].Text()), page["edges"].Items().Select(e => e["node"]!["key"].Text()));
        Assert.True(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_first_a_page_holds_the_default_twenty()
    {
        var page = (await server.GraphQL.DataAsync(Page))["affiliates"]!;

        Assert.Equal(20, page["edges"].Items().Count);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{ affiliates(first: 101) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ affiliates(first: -1) { totalCount } }", "INVALID_PAGING")]
    [InlineData("{ affiliates(first: 2, last: 2) { totalCount } }", "INVALID_PAGING")]
    [InlineData("{ affiliates(after: \"not a cursor\") { totalCount } }", "INVALID_CURSOR")]
    public async Task Bad_paging_arguments_get_a_clear_error(string query, string code)
    {
        var response = await server.GraphQL.SendAsync(query);

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(200, response.Status);
    }
}
