using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Usefulness;

/// <summary>A usefulness plan only where there is content to plan for; a bad plan writes nothing.</summary>
public sealed class UsefulnessPlanValidationTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task An_advice_only_request_with_a_plan_fails_validation_and_writes_nothing()
    {
        var before = await GraphQL.RequestCountAsync();
        var input = RequestSubmission.ValidInput(await GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey), (await GraphQL.PersonAsync(RequestSubmission.RequesterName)).Id);
        input["contentVolume"] = 0;
        input["intendedUses"] = new System.Text.Json.Nodes.JsonArray("WIKIDATA_ITEMS");
        input["licenceStatus"] = "PUBLIC_DOMAIN";
        input["metadataQuality"] = "UNKNOWN";

        var data = await GraphQL.DataAsync(RequestSubmission.Mutation.Replace("errors { ... on Error { code message } }",
            "errors { ... on Error { code message } ... on ValidationError { field } }"), new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest",
            new PayloadError("VALIDATION_FAILED", "input.intendedUses"), new PayloadError("VALIDATION_FAILED", "input.licenceStatus"));
        Assert.Equal(before, await GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task A_value_outside_the_enumeration_is_rejected_before_anything_runs()
    {
        var before = await GraphQL.RequestCountAsync();
        var input = RequestSubmission.ValidInput(await GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey), (await GraphQL.PersonAsync(RequestSubmission.RequesterName)).Id);
        input["licenceStatus"] = "PROBABLY_FINE";

        var response = await GraphQL.SendAsync(RequestSubmission.Mutation, new { input });

        Assert.NotNull(response.Errors);
        Assert.Null(response.Json["data"]?["submitRequest"]);
        Assert.Equal(before, await GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task Lowering_the_volume_to_zero_drops_the_plan()
    {
        var id = (await UsefulnessCalls.SubmitWithPlanAsync(GraphQL, 300, ["WIKIPEDIA_ARTICLES"], "PUBLIC_DOMAIN", "GOOD")).Id;

        var data = await GraphQL.DataAsync("""
            mutation($input: UpdateRequestInput!) {
              updateRequest(input: $input) { helpRequest { intendedUses licenceStatus metadataQuality usefulness { level } } errors { ... on Error { code } } }
            }
            """, new { input = new { id, expectedVersion = 1, contentVolume = 0 } });

        var updated = ShouldSucceed(data["updateRequest"], "helpRequest");
        Assert.Empty(updated["intendedUses"].Items());
        Assert.Equal("UNKNOWN", updated["licenceStatus"].Text());
        Assert.Equal("UNKNOWN", updated["metadataQuality"].Text());
        Assert.Null(updated["usefulness"]);
    }
}
