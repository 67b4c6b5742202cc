using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Queries;

/// <summary>Every node type can be refetched by its opaque global ID.</summary>
public sealed class NodeTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task Every_node_type_refetches_by_id()
    {
        var data = await server.GraphQL.DataAsync("""
            {
              currentHub { id }
              affiliates(first: 1) { nodes { id } }
              people(first: 1) { nodes { id } }
              experts(first: 1) { nodes { id } }
              requests(first: 1, where: { status: { eq: RESOLVED } }) { nodes { id comments { id } referrals { id } } }
              articles(first: 1) { nodes { id } }
              committees { id }
              campaigns { id }
              interviews(first: 1) { nodes { id } }
            }
            """);
        var ids = new Dictionary<string, string>
        {
            ["Hub"] = data["currentHub"]!["id"].Text(),
            ["Affiliate"] = data["affiliates"]!["nodes"]![0]!["id"].Text(),
            ["Person"] = data["people"]!["nodes"]![0]!["id"].Text(),
            ["ExpertProfile"] = data["experts"]!["nodes"]![0]!["id"].Text(),
            ["HelpRequest"] = data["requests"]!["nodes"]![0]!["id"].Text(),
            ["KnowledgeArticle"] = data["articles"]!["nodes"]![0]!["id"].Text(),
            ["Committee"] = data["committees"]![0]!["id"].Text(),
            ["Campaign"] = data["campaigns"]![0]!["id"].Text(),
            ["Interview"] = data["interviews"]!["nodes"]![0]!["id"].Text(),
        };

        var nodes = (await server.GraphQL.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = ids.Values.ToArray() }))["nodes"].Items();

        Assert.Equal(ids.Keys, nodes.Select(n => n["__typename"].Text()));
        Assert.Equal(ids.Values, nodes.Select(n => n["id"].Text()));
    }

    [Fact]
    public async Task Ids_are_opaque_and_differ_between_types_with_the_same_key()
    {
        var data = await server.GraphQL.DataAsync("{ affiliates(first: 1, order: [{ createdAt: ASC }]) { nodes { id } } people(first: 1) { nodes { id } } }");

        var affiliate = data["affiliates"]!["nodes"]![0]!["id"].Text();
        Assert.DoesNotContain("Affiliate", affiliate);
        Assert.DoesNotMatch("^[0-9]+$", affiliate);
        Assert.NotEqual(affiliate, data["people"]!["nodes"]![0]!["id"].Text());
    }

    [Fact]
    public async Task A_malformed_id_is_an_error_and_an_unknown_one_is_null()
    {
        var malformed = await server.GraphQL.SendAsync("{ node(id: \"nonsense\") { id } }");
        Assert.Equal("INVALID_ID", malformed.FirstErrorCode);

        // A well-formed ID of a type that has no such row (base64url of "HelpRequest:999999").
        var unknown = await server.GraphQL.DataAsync("{ node(id: \"SGVscFJlcXVlc3Q6OTk5OTk5\") { id } }");
        Assert.Null(unknown["node"]);
    }
}
