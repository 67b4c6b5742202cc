using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static ContentHub.Api.Tests.Committee.CommitteeCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Committee;

/// <summary>
/// A committee meeting through the server: staff put triaged cases on the agenda, members score
/// them per criterion, the meeting decides with a public rationale, and the queue orders by the score.
/// </summary>
public sealed class CommitteeMeetingTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_meeting_scores_an_item_and_prioritises_the_case_with_its_weighted_score()
    {
        var committee = await GraphQL.CommitteeAsync();
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var members = committee.MembersOutside(await GraphQL.AffiliateOfAsync(queued.Id));
        var (first, second) = (await server.ClientOfAsync(members[0]), await server.ClientOfAsync(members[1]));
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "January meeting");

        var added = ShouldSucceed(await GraphQL.AddToAgendaAsync(new { meetingId = meeting, requestId = queued.Id, expectedVersion = queued.Version }), "agendaItem");
        Assert.Equal("AWAITING_COMMITTEE", added["request"]!["status"].Text());
        Assert.Null(added["priority"]);
        var item = added["id"].Text();

        ShouldSucceed(await first.ScoreAsync(new { agendaItemId = item, scores = Scores(5, 3, 4, 4, 2, 2, 5), comment = "Fills a real gap." }), "agendaItem");
        var scored = ShouldSucceed(await second.ScoreAsync(new { agendaItemId = item, scores = Scores(4, 3, 4, 2, 2, 1, 5) }), "agendaItem");

        // By hand, with the seeded weights: means 4.5, 3, 4, 3, 2, 1.5 (risk, lower is better: 6 − 1.5 = 4.5), 5;
        // 0.2·4.5 + 0.1·3 + 0.15·4 + 0.15·3 + 0.1·2 + 0.15·4.5 + 0.15·5 = 0.9 + 0.3 + 0.6 + 0.45 + 0.2 + 0.675 + 0.75 = 3.875.
        var priority = scored["priority"]!;
        Assert.Equal(3.875m, priority["score"]!.GetValue<decimal>());
        Assert.Equal(2, priority["assessments"].Int());
        var risk = priority["criteria"].Items().Single(c => c["criterion"]!["key"].Text() == "risk");
        Assert.Equal((1.5m, 0.15m, 0.675m), (risk["meanScore"]!.GetValue<decimal>(), risk["weight"]!.GetValue<decimal>(), risk["contribution"]!.GetValue<decimal>()));
        Assert.Equal(SeedCriteria, priority["criteria"].Items().Select(c => c["criterion"]!["key"].Text()));
        Assert.Equal(new string?[] { "Fills a real gap.", null }, scored["assessments"].Items().Select(a => a["comment"]?.GetValue<string>()));

        var decided = ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = item, decision = "PRIORITISE", rationale = "Unique archive, strong reuse plan." }), "agendaItem");

        Assert.Equal(("PRIORITISE", 3.875m), (decided["decision"].Text(), decided["decidedPriorityScore"]!.GetValue<decimal>()));
        Assert.Equal(("PRIORITISED", 3.875m), (decided["request"]!["status"].Text(), decided["request"]!["priorityScore"]!.GetValue<decimal>()));
        Assert.Equal("Unique archive, strong reuse plan.", (await GraphQL.AgendaItemAsync(item))["rationale"].Text());
        var fromCase = await GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { agendaItems { decision rationale } } } }", new { id = queued.Id });
        Assert.Equal("PRIORITISE: Unique archive, strong reuse plan.",
            string.Join("; ", fromCase["node"]!["agendaItems"].Items().Select(i => $"{i["decision"].Text()}: {i["rationale"].Text()}")));
        var events = CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(queued.Id));
        Assert.Equal(["STATUS_CHANGED", "UPDATED", "SCORED", "SCORED", "STATUS_CHANGED", "PRIORITISED"], events.TakeLast(6));

        // Decided: closed for scoring and deciding again.
        ShouldFailWith(await first.ScoreAsync(new { agendaItemId = item, scores = Scores(1, 1, 1, 1, 1, 1, 1) }), "agendaItem",
            new PayloadError("AGENDA_ITEM_DECIDED", null));
    }

    [Fact]
    public async Task A_member_scoring_again_replaces_their_scores()
    {
        var committee = await GraphQL.CommitteeAsync();
        var (item, queued) = await OnAgendaAsync(committee);
        var member = await server.ClientOfAsync(committee.MembersOutside(await GraphQL.AffiliateOfAsync(queued.Id))[0]);

        ShouldSucceed(await member.ScoreAsync(new { agendaItemId = item, scores = Scores(1, 1, 1, 1, 1, 5, 1), comment = "First look." }), "agendaItem");
        var again = ShouldSucceed(await member.ScoreAsync(new { agendaItemId = item, scores = Scores(5, 5, 5, 5, 5, 1, 5), comment = "On reflection." }), "agendaItem");

        Assert.Equal("On reflection.", again["assessments"].Items().Single()["comment"].Text());
        Assert.Equal(5m, again["priority"]!["score"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_member_never_scores_a_request_from_their_own_affiliate()
    {
        var committee = await GraphQL.CommitteeAsync();
        // The seed's South African case awaits the committee, and the chair comes from Wikimedia South Africa.
        var waiting = (await GraphQL.DataAsync(
            "{ requests(first: 100, where: { status: { eq: AWAITING_COMMITTEE } }) { nodes { id version affiliate { key } } } }"))["requests"]!["nodes"].Items()
            .First(r => r["affiliate"]!["key"].Text() == "wikimedia-south-africa");
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "Conflict check");
        var item = ShouldSucceed(await GraphQL.AddToAgendaAsync(
            new { meetingId = meeting, requestId = waiting["id"].Text(), expectedVersion = waiting["version"].Int() }), "agendaItem");
        Assert.Equal("AWAITING_COMMITTEE", item["request"]!["status"].Text());
        var before = await GraphQL.CaseAsync(waiting["id"].Text());

        var southAfrican = await server.ClientOfAsync(committee.MemberKeyByAffiliate["wikimedia-south-africa"]);

        var refused = await southAfrican.ScoreAsync(new { agendaItemId = item["id"].Text(), scores = Scores(5, 5, 5, 5, 5, 1, 5) });

        ShouldFailWith(refused, "agendaItem", new PayloadError("CONFLICT_OF_INTEREST", "input.agendaItemId"));
        var after = await GraphQL.AgendaItemAsync(item["id"].Text());
        Assert.Empty(after["assessments"].Items());
        Assert.Null(after["priority"]);
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(waiting["id"].Text())).Compact());
    }

    [Fact]
    public async Task Scores_out_of_range_or_missing_a_criterion_fail_validation_and_write_nothing()
    {
        var committee = await GraphQL.CommitteeAsync();
        var (item, queued) = await OnAgendaAsync(committee);
        var member = await server.ClientOfAsync(committee.MembersOutside(await GraphQL.AffiliateOfAsync(queued.Id))[0]);
        var before = await GraphQL.CaseAsync(queued.Id);

        ShouldFailWith(await member.ScoreAsync(new { agendaItemId = item, scores = Scores(0, 6, 3, 3, 3, 3, 3) }), "agendaItem",
            new PayloadError("VALIDATION_FAILED", "input.scores[0].score"), new PayloadError("VALIDATION_FAILED", "input.scores[1].score"));
        ShouldFailWith(await member.ScoreAsync(new { agendaItemId = item, scores = Scores(3, 3, 3, 3, 3, 3) }), "agendaItem",
            new PayloadError("VALIDATION_FAILED", "input.scores"));
        object[] unknown = [.. Scores(3, 3, 3, 3, 3, 3, 3), new { criterionKey = "popularity", score = 3 }];
        ShouldFailWith(await member.ScoreAsync(new { agendaItemId = item, scores = unknown }), "agendaItem",
            new PayloadError("VALIDATION_FAILED", "input.scores[7].criterionKey"));

        Assert.Empty((await GraphQL.AgendaItemAsync(item))["assessments"].Items());
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task Declining_sets_the_rationale_as_the_decline_reason_and_deferring_returns_the_case_to_triaged()
    {
        var committee = await GraphQL.CommitteeAsync();
        var (declined, _) = await OnAgendaAsync(committee);
        var (deferred, _) = await OnAgendaAsync(committee);

        var decline = ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = declined, decision = "DECLINE", rationale = "Outside the hub's theme." }), "agendaItem");
        var defer = ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = deferred, decision = "DEFER", rationale = "Waiting for the licence answer." }), "agendaItem");

        Assert.Equal(("DECLINED", "Outside the hub's theme."), (decline["request"]!["status"].Text(), decline["request"]!["declineReason"].Text()));
        Assert.Equal(("TRIAGED", "Waiting for the licence answer."), (defer["request"]!["status"].Text(), defer["rationale"].Text()));
        ShouldFailWith(await GraphQL.DecideAsync(new { agendaItemId = deferred, decision = "PRIORITISE", rationale = " " }), "agendaItem",
            new PayloadError("VALIDATION_FAILED", "input.rationale"));
    }

    [Fact]
    public async Task Only_triaged_cases_join_an_agenda_and_a_stale_version_changes_nothing()
    {
        var committee = await GraphQL.CommitteeAsync();
        var prioritised = await server.TakeQueueCaseAsync("PRIORITISED");
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "Transitions");

        ShouldFailWith(await GraphQL.AddToAgendaAsync(new { meetingId = meeting, requestId = prioritised.Id, expectedVersion = prioritised.Version }), "agendaItem",
            new PayloadError("INVALID_TRANSITION", null));
        var (item, queued) = await OnAgendaAsync(committee);
        ShouldFailWith(await GraphQL.DecideAsync(new { agendaItemId = item, decision = "DECLINE", rationale = "Too late.", expectedVersion = queued.Version }), "agendaItem",
            new PayloadError("CONCURRENCY_CONFLICT", null));

        var unchanged = await GraphQL.AgendaItemAsync(item);
        Assert.Equal(("AWAITING_COMMITTEE", queued.Version + 1), (unchanged["request"]!["status"].Text(), unchanged["request"]!["version"].Int()));
        Assert.Null(unchanged["decision"]);
    }

    [Fact]
    public async Task Members_scores_and_comments_are_marked_for_the_committee_and_staff_only()
    {
        var agendaItem = (IObjectGraphType)server.Services.GetRequiredService<ISchema>().AllTypes["AgendaItem"]!;
        var assessments = agendaItem.GetField("assessments")!;

        Assert.True(assessments.IsAuthorizationRequired());
        Assert.Equal(["Admin", "CommitteeMember", "Staff"], assessments.GetRoles()!.Order());
        Assert.False(agendaItem.GetField("rationale")!.IsAuthorizationRequired());

        // The mark is enforced before anything runs, whichever item is asked for: a requester reads the rationale, never the scores.
        var requester = await server.ClientOfAsync("req-a-karin-blom");
        const string WithScores = "query($id: ID!) { node(id: $id) { ... on AgendaItem { rationale assessments { comment } } } }";
        const string RationaleOnly = "query($id: ID!) { node(id: $id) { ... on AgendaItem { rationale } } }";
        var anyItem = new { id = SeedLookups.UnknownId("AgendaItem") };
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await requester.SendAsync(WithScores, anyItem)).FirstErrorCode);
        await requester.DataAsync(RationaleOnly, anyItem);
    }

    [Fact]
    public async Task The_queue_orders_by_priority_score_highest_first()
    {
        var data = await GraphQL.DataAsync(
            "{ requests(first: 100, where: { status: { eq: PRIORITISED } }, order: [{ priorityScore: DESC }]) { nodes { priorityScore } } }");

        var scores = data["requests"]!["nodes"].Items().Select(r => r["priorityScore"]!.GetValue<decimal>()).ToList();
        Assert.True(scores.Count >= 3, "The seed has several prioritised cases.");
        Assert.Equal(scores.OrderDescending(), scores);
    }

    /// <summary>A fresh meeting with one triaged case on its agenda.</summary>
    private async Task<(string Item, QueueCase Case)> OnAgendaAsync(SeededCommittee committee)
    {
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "Agenda for " + queued.Id);
        var item = ShouldSucceed(await GraphQL.AddToAgendaAsync(new { meetingId = meeting, requestId = queued.Id, expectedVersion = queued.Version }), "agendaItem");
        return (item["id"].Text(), queued);
    }
}
