using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Committee.CommitteeCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Committee;

/// <summary>
/// cancelCommitteeMeeting: staff call off a meeting that has decided nothing. Every case comes off
/// its agenda with the members' scores and goes back to TRIAGED, the cases' histories keep the
/// reason, and nothing joins the agenda afterwards. A meeting that decided a case was held and
/// stays; every refusal changes nothing.
/// </summary>
public sealed class MeetingCancellationTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private const string Reason = "The chair is ill; the cases go to the March meeting.";

    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Calling_off_a_meeting_returns_every_case_on_its_agenda_to_triaged_with_the_reason()
    {
        var committee = await GraphQL.CommitteeAsync();
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "A meeting to call off");
        var (scoredItem, scored) = await PutOnAgendaAsync(meeting);
        var (_, unscored) = await PutOnAgendaAsync(meeting);
        var member = await server.ClientOfAsync(committee.MembersOutside(await GraphQL.AffiliateOfAsync(scored.Id))[0]);
        ShouldSucceed(await member.ScoreAsync(new { agendaItemId = scoredItem, scores = Scores(4, 4, 4, 4, 4, 2, 4) }), "agendaItem");

        var cancelled = ShouldSucceed(await GraphQL.CancelMeetingAsync(new { meetingId = meeting, reason = Reason }), "meeting");

        Assert.Equal(Reason, cancelled["cancellationReason"].Text());
        Assert.NotNull(cancelled["cancelledAt"]);
        Assert.Empty(cancelled["agenda"].Items());
        Assert.Null((await GraphQL.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = scoredItem }))["node"]);
        foreach (var queued in new[] { scored, unscored })
        {
            var stored = await GraphQL.CaseAsync(queued.Id);
            Assert.Equal("TRIAGED", stored["status"].Text());
            Assert.Equal(["STATUS_CHANGED", "UPDATED"], CaseTeamCalls.EventKinds(stored).TakeLast(2));
            var update = CaseTeamCalls.LastEventData(stored, "UPDATED");
            Assert.Equal((Reason, meeting), (update["reason"].Text(), update["removedFrom"].Text()));
        }
    }

    [Fact]
    public async Task A_meeting_that_decided_a_case_was_held_and_a_missing_reason_changes_nothing()
    {
        var committee = await GraphQL.CommitteeAsync();
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "A meeting that was held");
        var (decidedItem, _) = await PutOnAgendaAsync(meeting);
        var (_, waiting) = await PutOnAgendaAsync(meeting);

        ShouldFailWith(await GraphQL.CancelMeetingAsync(new { meetingId = meeting, reason = " " }), "meeting",
            new PayloadError("VALIDATION_FAILED", "input.reason"));
        ShouldSucceed(await GraphQL.DecideAsync(new { agendaItemId = decidedItem, decision = "DEFER", rationale = "Next year's budget." }), "agendaItem");
        var before = ((await GraphQL.MeetingAsync(meeting)).Compact(), (await GraphQL.CaseAsync(waiting.Id)).Compact());

        ShouldFailWith(await GraphQL.CancelMeetingAsync(new { meetingId = meeting, reason = Reason }), "meeting",
            new PayloadError("MEETING_HELD", "input.meetingId"));

        Assert.Equal(before, ((await GraphQL.MeetingAsync(meeting)).Compact(), (await GraphQL.CaseAsync(waiting.Id)).Compact()));
        Assert.Equal("AWAITING_COMMITTEE", (await GraphQL.CaseAsync(waiting.Id))["status"].Text());
    }

    [Fact]
    public async Task Nothing_joins_the_agenda_of_a_called_off_meeting_and_it_is_called_off_once()
    {
        var committee = await GraphQL.CommitteeAsync();
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "An empty meeting");
        ShouldSucceed(await GraphQL.CancelMeetingAsync(new { meetingId = meeting, reason = Reason }), "meeting");
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var before = (await GraphQL.CaseAsync(queued.Id)).Compact();

        ShouldFailWith(await GraphQL.AddToAgendaAsync(new { meetingId = meeting, requestId = queued.Id, expectedVersion = queued.Version }), "agendaItem",
            new PayloadError("MEETING_CANCELLED", "input.meetingId"));
        ShouldFailWith(await GraphQL.CancelMeetingAsync(new { meetingId = meeting, reason = "Again." }), "meeting",
            new PayloadError("MEETING_CANCELLED", "input.meetingId"));

        Assert.Equal(before, (await GraphQL.CaseAsync(queued.Id)).Compact());
        Assert.Equal(Reason, (await GraphQL.MeetingAsync(meeting))["cancellationReason"].Text());
    }

    [Fact]
    public async Task Of_calls_racing_to_call_a_meeting_off_one_succeeds_and_the_others_find_it_called_off()
    {
        var committee = await GraphQL.CommitteeAsync();
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "A meeting everyone calls off");
        var (_, queued) = await PutOnAgendaAsync(meeting);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => GraphQL.CancelMeetingAsync(new { meetingId = meeting, reason = Reason })));

        Assert.Single(payloads, payload => payload["meeting"] is not null);
        Assert.All(payloads.Where(payload => payload["meeting"] is null), payload => ShouldFailWith(payload, "meeting", new PayloadError("MEETING_CANCELLED", "input.meetingId")));
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal("TRIAGED", stored["status"].Text());
        // Taken off the agenda once: one history entry naming the meeting, however many calls raced.
        Assert.Single(stored["events"].Items(), e => e["kind"].Text() == "UPDATED" && e["data"].Text().Contains("removedFrom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_staff_call_a_meeting_off()
    {
        var committee = await GraphQL.CommitteeAsync();
        var meeting = await GraphQL.ScheduleMeetingAsync(committee.Id, "A meeting a member would skip");
        var member = await server.ClientOfAsync(committee.MembersOutside("")[0]);

        var response = await member.SendAsync(
            "mutation($input: CancelCommitteeMeetingInput!) { cancelCommitteeMeeting(input: $input) { meeting { id } } }",
            new { input = new { meetingId = meeting, reason = "A member would rather not." } });

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.Errors![0]!["extensions"]!["code"].Text());
        Assert.Null((await GraphQL.MeetingAsync(meeting))["cancelledAt"]);
    }

    /// <summary>A triaged case of the seed's on the meeting's agenda.</summary>
    private async Task<(string Item, QueueCase Case)> PutOnAgendaAsync(string meeting)
    {
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var item = ShouldSucceed(await GraphQL.AddToAgendaAsync(new { meetingId = meeting, requestId = queued.Id, expectedVersion = queued.Version }), "agendaItem");
        return (item["id"].Text(), queued);
    }
}
