using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

/// <summary>
/// A page of cases reads each case's affiliate and campaign with its rows when the selection asks
/// for them, however it asks (nodes, edges, fragments): no statement of their own, and the same
/// answer as for a case read alone, where they come through their batch loaders.
/// </summary>
public sealed class ReadWithRowsTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string Bare = "{ requests(first: 30) { nodes { id title } } }";

    // The same page, asking for affiliate and campaign in each of the ways a selection can.
    private static readonly string[] WithAffiliateAndCampaign =
    [
        "{ requests(first: 30) { nodes { id title affiliate { name countryCode } campaign { key name } } } }",
        "{ requests(first: 30) { edges { node { id title affiliate { name countryCode } campaign { key name } } } } }",
        "{ requests(first: 30) { nodes { id title ...Where } } } fragment Where on HelpRequest { affiliate { name countryCode } ... on HelpRequest { campaign { key name } } }",
    ];

    [Fact]
    public async Task Asking_for_affiliate_and_campaign_costs_no_statement_of_its_own()
    {
        await server.GraphQL.DataAsync(Bare); // warm-up: hub lookup, caches
        var bare = await CountCommandsAsync(Bare);

        foreach (var query in WithAffiliateAndCampaign)
        {
            await server.GraphQL.DataAsync(query);
            Assert.Equal(bare, await CountCommandsAsync(query));
        }
    }

    [Fact]
    public async Task A_page_shows_the_affiliate_and_campaign_a_case_read_alone_shows()
    {
        foreach (var query in WithAffiliateAndCampaign)
        {
            var data = await server.GraphQL.DataAsync(query);
            var list = data["requests"]!;
            var cases = (list["nodes"] ?? list["edges"]).Items().Select(item => item["node"] ?? item).ToList();
            Assert.Equal(30, cases.Count);
            Assert.Contains(cases, c => c["campaign"] is not null);
            Assert.Contains(cases, c => c["campaign"] is null);

            foreach (var read in cases)
            {
                var alone = (await server.GraphQL.DataAsync(
                    "query($id: ID!) { node(id: $id) { ... on HelpRequest { affiliate { name countryCode } campaign { key name } } } }",
                    new { id = read["id"].Text() }))["node"]!;
                Assert.Equal(alone["affiliate"]!.ToJsonString(), read["affiliate"]!.ToJsonString());
                Assert.Equal(alone["campaign"]?.ToJsonString(), read["campaign"]?.ToJsonString());
            }
        }
    }

    private async Task<int> CountCommandsAsync(string query)
    {
        server.SqlCommands.Reset();
        await server.GraphQL.DataAsync(query);
        return server.SqlCommands.Count;
    }
}
