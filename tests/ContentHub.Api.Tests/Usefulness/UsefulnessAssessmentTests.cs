using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Usefulness.UsefulnessCalls;

namespace ContentHub.Api.Tests.Usefulness;

/// <summary>HelpRequest.usefulness: each finding for the plan that should cause it, and not otherwise.</summary>
public sealed class UsefulnessAssessmentTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Five_thousand_files_filed_only_into_categories_with_nothing_settled_need_attention()
    {
        var id = (await SubmitWithPlanAsync(GraphQL, 5_000, uses: ["COMMONS_CATEGORIES"])).Id;

        var request = await CaseAsync(GraphQL, id);

        Assert.Equal("NEEDS_ATTENTION", request["usefulness"]!["level"].Text());
        Assert.Equal(
            ["LARGE_VOLUME_NO_REUSE_PLAN:WARNING", "LICENCE_NOT_CONFIRMED:WARNING", "METADATA_QUALITY_UNKNOWN:INFO"],
            (await FindingsAsync(GraphQL, id)).Order());
        Assert.All(request["usefulness"]!["findings"].Items(), f => Assert.False(string.IsNullOrWhiteSpace(f["message"].Text())));
    }

    [Fact]
    public async Task A_confirmed_licence_a_reuse_plan_and_a_campaign_leave_nothing_to_report()
    {
        var campaign = await GraphQL.CampaignIdAsync("wiki-loves-monuments");
        var id = (await SubmitWithPlanAsync(GraphQL, 5_000, ["WIKIPEDIA_ARTICLES", "CAMPAIGN"], "CONFIRMED_FREE_LICENCE", "GOOD", campaign)).Id;

        var request = await CaseAsync(GraphQL, id);

        Assert.Equal("READY", request["usefulness"]!["level"].Text());
        Assert.Empty(request["usefulness"]!["findings"].Items());
        Assert.Equal(["CAMPAIGN", "WIKIPEDIA_ARTICLES"], request["intendedUses"].Items().Select(u => u.Text()).Order());
    }

    [Fact]
    public async Task Below_the_large_volume_threshold_no_reuse_plan_is_not_reported()
    {
        var id = (await SubmitWithPlanAsync(GraphQL, 999, licence: "PUBLIC_DOMAIN", metadata: "STRUCTURED")).Id;

        Assert.Empty(await FindingsAsync(GraphQL, id));
    }

    [Fact]
    public async Task A_licence_that_is_not_free_blocks_and_replaces_the_unconfirmed_licence_finding()
    {
        var id = (await SubmitWithPlanAsync(GraphQL, 300, ["WIKIDATA_ITEMS"], "NOT_FREE", "GOOD")).Id;

        Assert.Equal(["NOT_FREE_LICENCE:BLOCKER"], await FindingsAsync(GraphQL, id));
        Assert.Equal("BLOCKED", (await CaseAsync(GraphQL, id))["usefulness"]!["level"].Text());
    }

    [Fact]
    public async Task A_licence_in_negotiation_is_only_worth_knowing()
    {
        var id = (await SubmitWithPlanAsync(GraphQL, 300, ["WIKIDATA_ITEMS"], "IN_NEGOTIATION", "PARTIAL")).Id;

        Assert.Equal(["LICENCE_NOT_CONFIRMED:INFO"], await FindingsAsync(GraphQL, id));
        Assert.Equal("READY", (await CaseAsync(GraphQL, id))["usefulness"]!["level"].Text());
    }

    [Fact]
    public async Task Poor_metadata_is_a_warning()
    {
        var id = (await SubmitWithPlanAsync(GraphQL, 300, ["WIKIPEDIA_ARTICLES"], "PUBLIC_DOMAIN", "POOR")).Id;

        Assert.Equal(["POOR_METADATA:WARNING"], await FindingsAsync(GraphQL, id));
    }

    [Fact]
    public async Task A_plan_to_feed_a_campaign_needs_the_campaign_linked()
    {
        var unlinked = (await SubmitWithPlanAsync(GraphQL, 300, ["CAMPAIGN"], "PUBLIC_DOMAIN", "GOOD")).Id;
        var linked = (await SubmitWithPlanAsync(GraphQL, 300, ["CAMPAIGN"], "PUBLIC_DOMAIN", "GOOD", await GraphQL.CampaignIdAsync("wiki-loves-earth"))).Id;

        Assert.Equal(["CAMPAIGN_USE_WITHOUT_CAMPAIGN:WARNING"], await FindingsAsync(GraphQL, unlinked));
        Assert.Empty(await FindingsAsync(GraphQL, linked));
    }

    [Fact]
    public async Task An_advice_only_request_has_no_assessment()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL, input =>
        {
            input["contentVolume"] = 0;
            input.Remove("usefulnessPlan");
            input.Remove("targetPlatforms");
        })).Id;

        var request = await CaseAsync(GraphQL, id);

        Assert.Null(request["usefulness"]);
        Assert.Equal("UNKNOWN", request["licenceStatus"].Text());
        Assert.Empty(request["intendedUses"].Items());
    }

    [Fact]
    public async Task Confirming_the_licence_in_an_update_clears_the_finding_and_is_a_recorded_change()
    {
        var id = (await SubmitWithPlanAsync(GraphQL, 300, ["WIKIPEDIA_ARTICLES"], metadata: "GOOD")).Id;
        Assert.Equal(["LICENCE_NOT_CONFIRMED:WARNING"], await FindingsAsync(GraphQL, id));

        var data = await GraphQL.DataAsync("""
            mutation($input: UpdateRequestInput!) {
              updateRequest(input: $input) { helpRequest { version licenceStatus intendedUses } errors { ... on Error { code } } }
            }
            """, new { input = new { id, expectedVersion = 1, licenceStatus = "CONFIRMED_FREE_LICENCE" } });

        var updated = PayloadErrors.ShouldSucceed(data["updateRequest"], "helpRequest");
        Assert.Equal(2, updated["version"].Int());
        Assert.Equal(["WIKIPEDIA_ARTICLES"], updated["intendedUses"].Items().Select(u => u.Text()));
        Assert.Empty(await FindingsAsync(GraphQL, id));
        Assert.Equal(["CREATED", "UPDATED"], (await CaseAsync(GraphQL, id))["events"].Items().Select(e => e["kind"].Text()));
    }
}
