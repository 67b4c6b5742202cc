using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Committee.CommitteeCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Committee;

/// <summary>
/// The chair's edits of the criteria: only the chair, weights that add up to 1, unique keys; each
/// edit is a new version, and a decision made under an older version keeps its weights.
/// </summary>
public sealed class CommitteeCriteriaTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    /// <summary>The seeded criteria with the weight moved from fills-gaps to risk.</summary>
    private static object[] Reweighted(decimal fillsGaps = 0.1m, decimal risk = 0.25m) =>
    [
        new { key = "fills-gaps", name = "Fills gaps", weight = fillsGaps, direction = "HIGHER_IS_BETTER" },
        new { key = "supports-campaigns", name = "Supports campaigns", weight = 0.1m, direction = "HIGHER_IS_BETTER" },
        new { key = "builds-skills", name = "Builds skills", weight = 0.15m, direction = "HIGHER_IS_BETTER" },
        new { key = "shows-partner-benefits", name = "Shows partner benefits", weight = 0.15m, direction = "HIGHER_IS_BETTER" },
        new { key = "innovative", name = "Innovative", weight = 0.1m, direction = "HIGHER_IS_BETTER" },
        new { key = "risk", name = "Risk", weight = risk, direction = "LOWER_IS_BETTER" },
        new { key = "content-will-be-used", name = "Content will be used", weight = 0.15m, direction = "HIGHER_IS_BETTER" },
    ];

    [Fact]
    public async Task Only_the_chair_edits_criteria_and_an_old_decision_keeps_its_weights()
    {
        var committee = await GraphQL.CommitteeAsync();
        Assert.Equal(1, committee.Node["criteriaVersion"]!["number"].Int());
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var member = await server.ClientOfAsync(committee.MembersOutside(await GraphQL.AffiliateOfAsync(queued.Id))[0]);
        var chair = await server.ClientOfAsync(committee.ChairKey);
        var january = await GraphQL.ScheduleMeetingAsync(committee.Id, "Under the first criteria");
        var item = ShouldSucceed(await GraphQL.AddToAgendaAsync(new { meetingId = january, requestId = queued.Id, expectedVersion = queued.Version }), "agendaItem")["id"].Text();
        ShouldSucceed(await member.ScoreAsync(new { agendaItemId = item, scores = Scores(5, 3, 3, 3, 3, 1, 3) }), "agendaItem");
        // 0.2·5 + 0.1·3 + 0.15·3 + 0.15·3 + 0.1·3 + 0.15·(6 − 1) + 0.15·3 = 1 + 0.3 + 0.45 + 0.45 + 0.3 + 0.75 + 0.45 = 3.7
        var decided = ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = item, decision = "PRIORITISE", rationale = "Strong gap filler." }), "agendaItem");
        Assert.Equal(3.7m, decided["decidedPriorityScore"]!.GetValue<decimal>());

        ShouldFailWith(await member.UpdateCriteriaAsync(new { committeeId = committee.Id, criteria = Reweighted() }), "committee",
            new PayloadError("NOT_COMMITTEE_CHAIR", "input.committeeId"));
        var updated = ShouldSucceed(await chair.UpdateCriteriaAsync(new { committeeId = committee.Id, criteria = Reweighted() }), "committee");

        Assert.Equal(2, updated["criteriaVersion"]!["number"].Int());
        // The criteria in force are the new version's only, not every version's rows.
        var inForce = (await GraphQL.CommitteeAsync()).Node["criteria"].Items();
        Assert.Equal((7, 0.25m), (inForce.Count, inForce.Single(c => c["key"].Text() == "risk")["weight"]!.GetValue<decimal>()));
        Assert.Equal(0.25m, updated["criteriaVersion"]!["criteria"].Items().Single(c => c["key"].Text() == "risk")["weight"]!.GetValue<decimal>());
        Assert.Equal([2, 1], updated["criteriaHistory"].Items().Select(v => v["number"].Int()));
        Assert.Equal(committee.ChairId, updated["criteriaHistory"].Items()[0]["changedBy"]!["id"].Text());
        Assert.Equal(0.2m, updated["criteriaHistory"].Items()[1]["criteria"].Items().Single(c => c["key"].Text() == "fills-gaps")["weight"]!.GetValue<decimal>());

        // The January decision keeps the first version's weights, its score and the case's priority.
        var old = await GraphQL.AgendaItemAsync(item);
        Assert.Equal(1, old["meeting"]!["criteriaVersion"]!["number"].Int());
        Assert.Equal((3.7m, 3.7m, 3.7m), (old["decidedPriorityScore"]!.GetValue<decimal>(), old["priority"]!["score"]!.GetValue<decimal>(),
            old["request"]!["priorityScore"]!.GetValue<decimal>()));
        Assert.Equal(0.2m, old["priority"]!["criteria"].Items().Single(c => c["criterion"]!["key"].Text() == "fills-gaps")["weight"]!.GetValue<decimal>());

        var february = ShouldSucceed(await GraphQL.ScheduleAsync(new { committeeId = committee.Id, date = "2027-02-12", title = "Under the new criteria" }), "meeting");
        Assert.Equal(2, february["criteriaVersion"]!["number"].Int());
    }

    [Fact]
    public async Task Weights_must_add_up_to_one_and_keys_be_unique_and_nothing_is_written_otherwise()
    {
        var committee = await GraphQL.CommitteeAsync();
        var chair = await server.ClientOfAsync(committee.ChairKey);
        var before = committee.Node["criteriaHistory"].Items().Count;

        ShouldFailWith(await chair.UpdateCriteriaAsync(new { committeeId = committee.Id, criteria = Reweighted(fillsGaps: 0.3m) }), "committee",
            new PayloadError("VALIDATION_FAILED", "input.criteria"));
        object[] twice = [.. Reweighted(fillsGaps: 0.05m), new { key = "risk", name = "Risk again", weight = 0.05m, direction = "LOWER_IS_BETTER" }];
        ShouldFailWith(await chair.UpdateCriteriaAsync(new { committeeId = committee.Id, criteria = twice }), "committee",
            new PayloadError("DUPLICATE", "input.criteria[7].key"));
        object[] negative = [.. Reweighted(fillsGaps: -0.1m, risk: 0.45m)];
        ShouldFailWith(await chair.UpdateCriteriaAsync(new { committeeId = committee.Id, criteria = negative }), "committee",
            new PayloadError("VALIDATION_FAILED", "input.criteria[0].weight"));
        // Found by the fuzz test: the sum of two huge weights overflowed into an internal error.
        object[] huge = [.. Reweighted(fillsGaps: decimal.MaxValue, risk: decimal.MaxValue)];
        ShouldFailWith(await chair.UpdateCriteriaAsync(new { committeeId = committee.Id, criteria = huge }), "committee",
            new PayloadError("VALIDATION_FAILED", "input.criteria[0].weight"), new PayloadError("VALIDATION_FAILED", "input.criteria[5].weight"));

        Assert.Equal(before, (await GraphQL.CommitteeAsync()).Node["criteriaHistory"].Items().Count);
    }
}
