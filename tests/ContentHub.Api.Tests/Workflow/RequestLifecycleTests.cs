using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Matching;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Workflow;

/// <summary>A request from arrival to closing through the real server, and every step it may not take.</summary>
public sealed class RequestLifecycleTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_request_is_triaged_assigned_worked_on_resolved_and_closed_with_every_step_logged()
    {
        var id = await GraphQL.NewRequestAsync();
        var expert = await GraphQL.CreateExpertAsync("Camille Moreau", ["en"]);

        var triaged = ShouldSucceed(await GraphQL.StepAsync("triageRequest", id, 1), "helpRequest");
        Assert.Equal("TRIAGED", triaged["status"].Text());
        var assigned = ShouldSucceed(await GraphQL.AssignAsync(new { requestId = id, expertId = expert, expectedVersion = triaged["version"].Int() }), "helpRequest");
        Assert.Equal("ASSIGNED", assigned["status"].Text());
        var working = ShouldSucceed(await GraphQL.StepAsync("startWorkOnRequest", id, assigned["version"].Int()), "helpRequest");
        Assert.Equal("IN_PROGRESS", working["status"].Text());
        var resolved = (await GraphQL.DataAsync(
            "mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { status version } errors { ... on Error { code } } } }",
            new { input = new { id, expectedVersion = working["version"].Int(), resolution = "Uploaded with Pattypan." } }))["resolveRequest"];
        var closed = ShouldSucceed(await GraphQL.StepAsync("closeRequest", id, ShouldSucceed(resolved, "helpRequest")["version"].Int()), "helpRequest");

        Assert.Equal("CLOSED", closed["status"].Text());
        Assert.NotNull(closed["closedAt"]);
        var stored = await GraphQL.CaseStateAsync(id);
        var moves = stored["events"].Items().Where(e => e["kind"].Text() == "STATUS_CHANGED")
            .Select(e => JsonNode.Parse(e["data"].Text())!).Select(d => $"{d["from"].Text()}>{d["to"].Text()}").ToList();
        Assert.Equal(["Submitted>Triaged", "Triaged>Assigned", "Assigned>InProgress", "Resolved>Closed"], moves);
        Assert.Contains(stored["events"].Items(), e => e["kind"].Text() == "RESOLVED");
        Assert.NotNull(stored["resolutionHours"]);
    }

    public static TheoryData<string, string> StepsASubmittedRequestMayNotTake => new()
    {
        { "startWorkOnRequest", "IN_PROGRESS" },
        { "closeRequest", "CLOSED" },
        { "reopenRequest", "IN_PROGRESS" },
        { "resumeRequest", "SUBMITTED" },
    };

    [Theory]
    [MemberData(nameof(StepsASubmittedRequestMayNotTake))]
    public async Task A_step_the_workflow_does_not_allow_is_an_invalid_transition_that_changes_nothing(string step, string to)
    {
        var id = await GraphQL.NewRequestAsync();
        var before = await GraphQL.CaseStateAsync(id);

        var payload = await GraphQL.StepAsync(step, id, 1, reason: "Because.");

        ShouldFailWith(payload, "helpRequest", new PayloadError("INVALID_TRANSITION", null));
        Assert.Equal(("SUBMITTED", to), (payload["errors"]![0]!["from"].Text(), payload["errors"]![0]!["to"].Text()));
        Assert.Equal(before.Compact(), (await GraphQL.CaseStateAsync(id)).Compact());
    }

    [Theory]
    [InlineData("declineRequest")]
    [InlineData("withdrawRequest")]
    public async Task A_finished_request_takes_no_step_but_closing_or_reopening_what_was_resolved(string finish)
    {
        var id = await GraphQL.NewRequestAsync();
        var finished = ShouldSucceed(await GraphQL.StepAsync(finish, id, 1, reason: "Out of scope for the hub."), "helpRequest");
        var before = await GraphQL.CaseStateAsync(id);

        foreach (var step in new[] { "triageRequest", "holdRequest", "declineRequest", "withdrawRequest", "startWorkOnRequest", "closeRequest", "reopenRequest" })
        {
            ShouldFailWith(await GraphQL.StepAsync(step, id, finished["version"].Int(), reason: "Try."), "helpRequest", new PayloadError("INVALID_TRANSITION", null));
        }

        Assert.Equal(before.Compact(), (await GraphQL.CaseStateAsync(id)).Compact());
    }

    [Fact]
    public async Task A_requester_may_withdraw_their_own_request_but_not_run_the_queue()
    {
        var requesterId = (await GraphQL.PersonAsync(RequestSubmission.RequesterName)).Id;
        var requester = await server.ClientOfAsync(RequestSubmission.RequesterKey);
        var id = await GraphQL.NewRequestAsync();
        var before = await GraphQL.CaseStateAsync(id);

        // Running the queue is for staff: the step is refused before it runs.
        var triage = await requester.SendStepAsync("triageRequest", id, 1);
        Assert.Equal("AUTH_NOT_AUTHORIZED", triage.FirstErrorCode);
        Assert.Null(triage.Data?["triageRequest"]);
        Assert.Equal(before.Compact(), (await GraphQL.CaseStateAsync(id)).Compact());

        var withdrawn = ShouldSucceed(await requester.StepAsync("withdrawRequest", id, 1, reason: "The museum found funding elsewhere."), "helpRequest");

        Assert.Equal("WITHDRAWN", withdrawn["status"].Text());
        var moved = (await GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { events { kind actor { id } } } } }", new { id }))["node"]!["events"].Items()
            .Last(e => e["kind"].Text() == "STATUS_CHANGED");
        Assert.Equal(requesterId, moved["actor"]!["id"].Text());
    }

    [Fact]
    public async Task A_case_on_hold_resumes_where_it_was()
    {
        var id = await GraphQL.NewRequestAsync();
        var triaged = ShouldSucceed(await GraphQL.StepAsync("triageRequest", id, 1), "helpRequest");
        var held = ShouldSucceed(await GraphQL.StepAsync("holdRequest", id, triaged["version"].Int(), reason: "Waiting for the museum's board."), "helpRequest");
        Assert.Equal("ON_HOLD", held["status"].Text());

        var resumed = ShouldSucceed(await GraphQL.StepAsync("resumeRequest", id, held["version"].Int()), "helpRequest");

        Assert.Equal("TRIAGED", resumed["status"].Text());
    }

    [Fact]
    public async Task Declining_needs_a_reason_the_requester_reads_and_counts_as_the_first_reply()
    {
        var id = await GraphQL.NewRequestAsync();
        var before = await GraphQL.CaseStateAsync(id);

        ShouldFailWith(await GraphQL.StepAsync("declineRequest", id, 1), "helpRequest", new PayloadError("VALIDATION_FAILED", "input.reason"));
        Assert.Equal(before.Compact(), (await GraphQL.CaseStateAsync(id)).Compact());

        var declined = ShouldSucceed(await GraphQL.StepAsync("declineRequest", id, 1, reason: "The hub does not fund equipment."), "helpRequest");

        Assert.Equal(("DECLINED", "The hub does not fund equipment."), (declined["status"].Text(), declined["declineReason"].Text()));
        Assert.NotNull((await GraphQL.CaseStateAsync(id))["firstResponseHours"]);
    }

    [Fact]
    public async Task The_second_of_two_staff_acting_on_the_same_version_gets_a_conflict_not_an_overwrite()
    {
        var id = await GraphQL.NewRequestAsync();
        var otherStaff = await server.ClientOfAsync("astrid-lund");
        ShouldSucceed(await GraphQL.StepAsync("triageRequest", id, 1), "helpRequest");
        var afterFirst = await GraphQL.CaseStateAsync(id);

        var second = await otherStaff.StepAsync("declineRequest", id, 1, reason: "Seen too late.");

        ShouldFailWith(second, "helpRequest", new PayloadError("CONCURRENCY_CONFLICT", null));
        Assert.Equal(afterFirst.Compact(), (await GraphQL.CaseStateAsync(id)).Compact());
    }

    [Fact]
    public async Task A_request_is_overdue_while_it_waits_longer_than_the_hub_allows_for_a_first_reply()
    {
        var fresh = await GraphQL.NewRequestAsync();
        Assert.False((await GraphQL.CaseStateAsync(fresh))["overdue"]!.GetValue<bool>());

        // Open cases filed a month ago or more (the seed's): those without a reply are overdue, the others not.
        var monthAgo = DateTimeOffset.UtcNow.AddDays(-30).ToString("O");
        var open = (await GraphQL.DataAsync("""
            query($before: DateTime!) {
              requests(first: 100, where: { status: { in: [SUBMITTED, TRIAGED, AWAITING_COMMITTEE] }, createdAt: { lt: $before } }) { nodes { id firstRespondedAt overdue } }
            }
            """, new { before = monthAgo }))["requests"]!["nodes"].Items().ToList();
        Assert.Contains(open, r => r["firstRespondedAt"] is null);
        Assert.All(open, r => Assert.Equal(r["firstRespondedAt"] is null, r["overdue"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_first_reply_deadline_is_hub_configuration_within_bounds()
    {
        const string Update = "mutation($input: UpdateHubSettingsInput!) { updateHubSettings(input: $input) { hub { firstReplyDueDays } errors { ... on Error { code } ... on ValidationError { field } } } }";

        var refused = (await GraphQL.DataAsync(Update, new { input = new { firstReplyDueDays = 0 } }))["updateHubSettings"];
        ShouldFailWith(refused, "hub", new PayloadError("VALIDATION_FAILED", "input.firstReplyDueDays"));

        var changed = (await GraphQL.DataAsync(Update, new { input = new { firstReplyDueDays = 5 } }))["updateHubSettings"];
        Assert.Equal(5, ShouldSucceed(changed, "hub")["firstReplyDueDays"].Int());
        Assert.Equal(5, (await GraphQL.DataAsync("{ currentHub { firstReplyDueDays } }"))["currentHub"]!["firstReplyDueDays"].Int());
    }
}
