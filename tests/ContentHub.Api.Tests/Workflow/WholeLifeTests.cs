using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Committee;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Workflow;

/// <summary>
/// One request's whole life through the real server, every step a client would take: filed,
/// triaged, put before the committee, scored and prioritised, referred to an external expert who
/// accepts and completes it, resolved, closed, and its impact recorded.
/// </summary>
public sealed class WholeLifeTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_request_goes_from_submission_through_the_committee_and_a_referral_to_impact()
    {
        var id = await GraphQL.NewRequestAsync();
        var triaged = ShouldSucceed(await GraphQL.StepAsync("triageRequest", id, 1), "helpRequest");

        var committee = await GraphQL.CommitteeAsync();
        var members = committee.MembersOutside(RequestSubmission.AffiliateKey);
        var (first, second) = (await server.ClientOfAsync(members[0]), await server.ClientOfAsync(members[1]));
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "Whole-life meeting");
        var item = ShouldSucceed(await GraphQL.AddToAgendaAsync(new { meetingId = meeting, requestId = id, expectedVersion = triaged["version"].Int() }), "agendaItem")["id"].Text();
        ShouldSucceed(await first.ScoreAsync(new { agendaItemId = item, scores = CommitteeCalls.Scores(4, 4, 4, 4, 4, 2, 4) }), "agendaItem");
        ShouldSucceed(await second.ScoreAsync(new { agendaItemId = item, scores = CommitteeCalls.Scores(5, 3, 4, 3, 3, 2, 5) }), "agendaItem");
        var decided = ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = item, decision = "PRIORITISE", rationale = "Maps the town's history; ready to upload." }), "agendaItem");
        Assert.Equal("PRIORITISED", decided["request"]!["status"].Text());

        var external = (await GraphQL.DataAsync("{ experts(first: 50, where: { kind: { eq: EXTERNAL } }) { nodes { id available } } }"))["experts"]!["nodes"].Items()
            .First(e => e["available"]!.GetValue<bool>())["id"].Text();
        var referral = ShouldSucceed(await GraphQL.ReferAsync(new
        {
            requestId = id, expertId = external, note = "You mapped the neighbouring county's archive.", expectedVersion = decided["request"]!["version"].Int(),
        }), "referral")["id"].Text();
        ShouldSucceed(await GraphQL.AcceptAsync(new { referralId = referral, note = "Happy to." }), "referral");
        Assert.Equal("IN_PROGRESS", (await GraphQL.CaseStateAsync(id))["status"].Text());
        ShouldSucceed(await GraphQL.CompleteAsync(new { referralId = referral, note = "Uploaded and categorised." }), "referral");

        var resolved = (await GraphQL.DataAsync(
            "mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { version } errors { ... on Error { code } } } }",
            new { input = new { id, expectedVersion = (await GraphQL.CaseStateAsync(id))["version"].Int(), resolution = "300 maps uploaded with their metadata." } }))["resolveRequest"];
        ShouldSucceed(await GraphQL.StepAsync("closeRequest", id, ShouldSucceed(resolved, "helpRequest")["version"].Int()), "helpRequest");
        var impact = (await GraphQL.DataAsync(
            "mutation($input: RecordImpactInput!) { recordImpact(input: $input) { impactReport { filesUploaded } errors { ... on Error { code } } } }",
            new { input = new { requestId = id, filesUploaded = 300, filesUsedOnWikiPages = 41, wikidataItemsCreated = 0, source = "GLAMorous" } }))["recordImpact"];
        Assert.Equal(300, ShouldSucceed(impact, "impactReport")["filesUploaded"].Int());

        var stored = await GraphQL.CaseStateAsync(id);
        Assert.Equal("CLOSED", stored["status"].Text());
        var moves = stored["events"].Items().Where(e => e["kind"].Text() == "STATUS_CHANGED")
            .Select(e => JsonNode.Parse(e["data"].Text())!).Select(d => $"{d["from"].Text()}>{d["to"].Text()}");
        Assert.Equal(
            ["Submitted>Triaged", "Triaged>AwaitingCommittee", "AwaitingCommittee>Prioritised", "Prioritised>Referred", "Referred>InProgress", "Resolved>Closed"],
            moves);
        var kinds = stored["events"].Items().Select(e => e["kind"].Text()).ToList();
        Assert.Equal("CREATED", kinds[0]);
        Assert.Equal("IMPACT_RECORDED", kinds[^1]);
        Assert.Equal(2, kinds.Count(k => k == "SCORED"));
        Assert.Subset(kinds.ToHashSet(), new HashSet<string> { "PRIORITISED", "REFERRED", "REFERRAL_UPDATED", "RESOLVED" });
    }
}
