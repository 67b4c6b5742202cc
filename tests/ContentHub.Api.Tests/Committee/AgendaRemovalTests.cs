using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Committee.CommitteeCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Committee;

/// <summary>
/// removeFromAgenda: staff take a case the meeting has not decided off its agenda, with the
/// members' scores for it; the case goes back to TRIAGED and its history says why. A decided item
/// is the meeting's record and stays; every refusal changes nothing.
/// </summary>
public sealed class AgendaRemovalTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_scored_but_undecided_case_leaves_the_agenda_and_returns_to_triaged()
    {
        var committee = await GraphQL.CommitteeAsync();
        var (item, queued) = await OnAgendaAsync(committee);
        var member = await server.ClientOfAsync(committee.MembersOutside(await GraphQL.AffiliateOfAsync(queued.Id))[0]);
        ShouldSucceed(await member.ScoreAsync(new { agendaItemId = item, scores = Scores(4, 4, 4, 4, 4, 2, 4) }), "agendaItem");

        var removed = await GraphQL.RemoveFromAgendaAsync(new { agendaItemId = item, reason = "The affiliate found the funding elsewhere." });

        var request = ShouldSucceed(removed, "helpRequest");
        Assert.Equal("TRIAGED", request["status"].Text());
        Assert.Empty(request["agendaItems"].Items());
        Assert.Null((await GraphQL.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = item }))["node"]);
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["STATUS_CHANGED", "UPDATED"], CaseTeamCalls.EventKinds(stored).TakeLast(2));
        var update = CaseTeamCalls.LastEventData(stored, "UPDATED");
        Assert.Equal(("The affiliate found the funding elsewhere.", "agenda"), (update["reason"].Text(), update["fields"]![0].Text()));
        Assert.Equal("The affiliate found the funding elsewhere.", CaseTeamCalls.LastEventData(stored, "STATUS_CHANGED")["reason"].Text());

        // Off the agenda, the case can join another meeting's.
        var again = await GraphQL.AddToAgendaAsync(new
        {
            meetingId = await GraphQL.ScheduleMeetingAsync(committee.Id, "A later meeting"), requestId = queued.Id, expectedVersion = request["version"].Int(),
        });
        Assert.Equal("AWAITING_COMMITTEE", ShouldSucceed(again, "agendaItem")["request"]!["status"].Text());
    }

    [Fact]
    public async Task A_decided_item_stays_and_a_missing_reason_or_a_stale_version_changes_nothing()
    {
        var committee = await GraphQL.CommitteeAsync();
        var (item, queued) = await OnAgendaAsync(committee);
        var before = (await GraphQL.CaseAsync(queued.Id)).Compact();

        ShouldFailWith(await GraphQL.RemoveFromAgendaAsync(new { agendaItemId = item, reason = " " }), "helpRequest",
            new PayloadError("VALIDATION_FAILED", "input.reason"));
        ShouldFailWith(await GraphQL.RemoveFromAgendaAsync(new { agendaItemId = item, reason = "Stale.", expectedVersion = queued.Version }), "helpRequest",
            new PayloadError("CONCURRENCY_CONFLICT", null));
        Assert.Equal(before, (await GraphQL.CaseAsync(queued.Id)).Compact());

        ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = item, decision = "DEFER", rationale = "Next year's budget." }), "agendaItem");
        var decidedCase = (await GraphQL.CaseAsync(queued.Id)).Compact();

        ShouldFailWith(await GraphQL.RemoveFromAgendaAsync(new { agendaItemId = item, reason = "Tidying up." }), "helpRequest",
            new PayloadError("AGENDA_ITEM_DECIDED", null));
        Assert.Equal("DEFER", (await GraphQL.AgendaItemAsync(item))["decision"].Text());
        Assert.Equal(decidedCase, (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task Only_staff_take_a_case_off_the_agenda()
    {
        var committee = await GraphQL.CommitteeAsync();
        var (item, queued) = await OnAgendaAsync(committee);
        var member = await server.ClientOfAsync(committee.MembersOutside(await GraphQL.AffiliateOfAsync(queued.Id))[0]);

        var response = await member.SendAsync(
            "mutation($input: RemoveFromAgendaInput!) { removeFromAgenda(input: $input) { helpRequest { id } } }",
            new { input = new { agendaItemId = item, reason = "A member would rather not." } });

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.Errors![0]!["extensions"]!["code"].Text());
        Assert.Equal(item, (await GraphQL.AgendaItemAsync(item))["id"].Text());
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
