using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;
using static ContentHub.Api.Tests.Usefulness.ImpactCalls;

namespace ContentHub.Api.Tests.Usefulness;

/// <summary>recordImpact: only for finished cases, with a case event; the latest report counts, per case and in the totals.</summary>
public sealed class RecordImpactTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Recording_impact_on_an_open_case_is_a_typed_error_that_writes_nothing()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;

        var payload = await RecordAsync(GraphQL, id, 300, 120, 40);

        ShouldFailWith(payload, "impactReport", new PayloadError("CASE_NOT_FINISHED", null));
        Assert.Equal("SUBMITTED", payload!["errors"]![0]!["status"].Text());
        var request = await UsefulnessCalls.CaseAsync(GraphQL, id);
        Assert.Null(request["impact"]!["latest"]);
        Assert.Equal(["CREATED"], request["events"].Items().Select(e => e["kind"].Text()));
    }

    [Fact]
    public async Task Negative_figures_a_missing_source_and_a_recorder_outside_the_staff_fail_and_write_nothing()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;
        await ResolveAsync(GraphQL, id);

        var payload = await RecordAsync(GraphQL, id, -1, 0, -5, source: " ");

        ShouldFailWith(payload, "impactReport",
            new PayloadError("VALIDATION_FAILED", "input.filesUploaded"), new PayloadError("VALIDATION_FAILED", "input.wikidataItemsCreated"),
            new PayloadError("VALIDATION_FAILED", "input.source"));
        // The recorder is the caller: the requester is refused before anything runs.
        var requester = await server.ClientOfAsync("req-a-karin-blom");
        var refused = await requester.SendAsync(RecordImpact, new { input = RecordImpactInput(id, 300, 90, 12) });
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.FirstErrorCode);
        Assert.Empty((await UsefulnessCalls.CaseAsync(GraphQL, id))["impact"]!["history"].Items());
    }

    [Fact]
    public async Task A_resolved_case_takes_reports_the_latest_counts_and_the_case_keeps_its_version()
    {
        var id = (await RequestSubmission.SubmitAsync(GraphQL)).Id;
        await ResolveAsync(GraphQL, id);

        var staff = await server.ClientOfAsync("linnea-ek");
        var first = ShouldSucceed(await RecordAsync(staff, id, 300, 90, 12, source: "Linnea Ek"), "impactReport");
        // More files used than uploaded is allowed: usage tools count the partner's whole category.
        var second = ShouldSucceed(await RecordAsync(GraphQL, id, 310, 340, 15), "impactReport");

        Assert.Equal(id, first["helpRequest"]!["id"].Text());
        Assert.Equal(("Linnea Ek", "Test Admin"), (first["recordedBy"]!["displayName"].Text(), second["recordedBy"]!["displayName"].Text()));
        var request = await UsefulnessCalls.CaseAsync(GraphQL, id);
        var latest = request["impact"]!["latest"]!;
        Assert.Equal((310, 340, 15, "GLAMorous"), (latest["filesUploaded"].Int(), latest["filesUsedOnWikiPages"].Int(), latest["wikidataItemsCreated"].Int(), latest["source"].Text()));
        Assert.Equal([310, 300], request["impact"]!["history"].Items().Select(r => r["filesUploaded"].Int()));
        Assert.Equal(2, request["version"].Int());
        Assert.Equal(["CREATED", "RESOLVED", "IMPACT_RECORDED", "IMPACT_RECORDED"], request["events"].Items().Select(e => e["kind"].Text()));
    }

    [Fact]
    public async Task Totals_per_affiliate_campaign_and_hub_add_up_the_latest_report_of_each_case()
    {
        var affiliate = await GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);
        var campaign = await GraphQL.CampaignIdAsync("wiki-loves-folklore");
        var before = await TotalsAsync(GraphQL, affiliate, campaign);
        var first = (await UsefulnessCalls.SubmitWithPlanAsync(GraphQL, 300, campaignId: campaign)).Id;
        var second = (await UsefulnessCalls.SubmitWithPlanAsync(GraphQL, 300, campaignId: campaign)).Id;
        await ResolveAsync(GraphQL, first);
        await ResolveAsync(GraphQL, second);

        ShouldSucceed(await RecordAsync(GraphQL, first, 100, 10, 5), "impactReport");
        ShouldSucceed(await RecordAsync(GraphQL, first, 120, 40, 6), "impactReport");
        ShouldSucceed(await RecordAsync(GraphQL, second, 50, 20, 0), "impactReport");
        var after = await TotalsAsync(GraphQL, affiliate, campaign);

        var expected = new Totals(2, 170, 60, 6);
        Assert.Equal(expected, after.Affiliate - before.Affiliate);
        Assert.Equal(expected, after.Campaign - before.Campaign);
        Assert.Equal(expected, after.Hub - before.Hub);
    }

    [Fact]
    public async Task Campaign_totals_take_one_sql_command_for_every_campaign()
    {
        const string query = "{ campaigns { key impact { casesReported filesUploaded } } }";
        await GraphQL.DataAsync(query); // warm-up: hub lookup, plan caches

        server.SqlCommands.Reset();
        var data = await GraphQL.DataAsync(query);

        Assert.True(data["campaigns"].Items().Count >= 3);
        // The campaign list and one GROUP BY for all of their totals, after the two lookups every
        // signed-in request makes: the caller's access token and their roles in the hub.
        Assert.InRange(server.SqlCommands.Count, 1 + 2, 2 + 2);
    }
}
