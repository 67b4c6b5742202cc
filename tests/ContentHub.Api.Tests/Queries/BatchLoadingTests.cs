using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

/// <summary>Nested lists are fetched with one query per level, never one per parent.</summary>
public sealed class BatchLoadingTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string NestedQuery = """
        query Queue($first: Int!) {
          requests(first: $first) {
            nodes {
              title
              affiliate { name }
              requester { displayName affiliates { key } }
              helpTypes { key }
              campaign { name }
              comments { body author { displayName } }
              assignments { expert { kind person { displayName } skills { key level } } }
              referrals { state expert { person { displayName } } }
              events { kind actor { displayName } }
            }
          }
        }
        """;

    [Fact]
    public async Task The_number_of_sql_commands_does_not_grow_with_the_page()
    {
        await server.GraphQL.DataAsync(NestedQuery, new { first = 1 }); // warm-up: hub lookup, plan caches

        // Both pages are large enough that every nested level has rows (a page of five may hold
        // no referral, and then that level rightly sends no query).
        var forty = await CountCommandsAsync(first: 40);
        var hundred = await CountCommandsAsync(first: 100);

        // A level whose keys were all loaded earlier in the request (comment authors who are also
        // requesters) sends none, so a bigger page may even need fewer commands, never more.
        Assert.True(hundred <= forty, $"100 cases took {hundred} SQL commands, 40 took {forty}.");
        // One page query plus one per nested level (affiliate, requester, memberships, help types,
        // campaign, comments, authors, assignments, experts, skills, referrals, events, actors).
        Assert.InRange(hundred, 1, 16);
    }

    [Fact]
    public async Task A_page_of_sixty_cases_with_everything_nested_returns_every_case()
    {
        var data = await server.GraphQL.DataAsync(NestedQuery, new { first = 60 });

        var nodes = data["requests"]!["nodes"].Items();
        Assert.Equal(60, nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n["helpTypes"].Items()));
        Assert.Contains(nodes, n => n["comments"].Items().Count > 0);
        Assert.All(nodes, n => Assert.Contains(n["events"].Items(), e => e["kind"].Text() == "CREATED"));
    }

    private async Task<int> CountCommandsAsync(int first)
    {
        server.SqlCommands.Reset();
        await server.GraphQL.DataAsync(NestedQuery, new { first });
        return server.SqlCommands.Count;
    }
}
