using ContentHub.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace ContentHub.Api.Tests.Snapshots;

/// <summary>
/// Representative responses whose shape front ends depend on, compared with reviewed snapshots in
/// __snapshots__/. Seeded data and ids are deterministic; times that depend on the clock are left out.
/// </summary>
public sealed class ResponseSnapshotTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task Committee_with_members_and_weighted_criteria()
    {
        var response = await server.GraphQL.SendAsync(await OperationAsync("committee.graphql"));

        Snapshot.Match(JToken.Parse(response.Body));
    }

    [Fact]
    public async Task A_resolved_case_with_its_history()
    {
        var response = await server.GraphQL.SendAsync(await OperationAsync("case.graphql"), new { id = "SGVscFJlcXVlc3Q6Mg" });

        Snapshot.Match(JToken.Parse(response.Body));
    }

    [Fact]
    public async Task Typed_payload_errors_for_an_invalid_submission()
    {
        var response = await server.GraphQL.SendAsync(await OperationAsync("submit-request.graphql"), new
        {
            input = new
            {
                title = " ",
                description = "too short",
                language = "swedish",
                affiliateId = "UGVyc29uOjE", // a Person's ID where an Affiliate's belongs
                requesterId = "UGVyc29uOjE",
                helpTypes = new[] { "astrology" },
                contentVolume = 500,
            },
        });

        Snapshot.Match(JToken.Parse(response.Body));
    }

    private static Task<string> OperationAsync(string file) =>
        File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "schema", "operations", file));
}
