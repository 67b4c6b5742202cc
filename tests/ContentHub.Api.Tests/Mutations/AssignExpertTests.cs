using System.Globalization;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// assignExpert / releaseAssignment: the hub's own experts only, within capacity unless overridden,
/// never while away or twice at once; the case follows (ASSIGNED, back to the queue when the last
/// expert leaves), every change is a case event, and a refusal changes nothing.
/// </summary>
public sealed class AssignExpertTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Assigning_moves_a_triaged_case_to_assigned_and_releasing_the_only_expert_returns_it_to_triaged()
    {
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var astrid = await GraphQL.ExpertIdAsync("Astrid Lund");

        var assigned = await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = astrid, expectedVersion = queued.Version });

        var assignment = ShouldSucceed(assigned, "assignment");
        Assert.Equal(8, assignment["estimatedHours"].Int()); // the seeded hub's default
        Assert.Equal(astrid, assignment["expert"]!["id"].Text());
        Assert.Equal("ASSIGNED", assigned["helpRequest"]!["status"].Text());
        Assert.Equal(queued.Version + 1, assigned["helpRequest"]!["version"].Int());
        var afterAssign = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["STATUS_CHANGED", "ASSIGNED"], CaseTeamCalls.EventKinds(afterAssign).TakeLast(2));
        Assert.Equal(astrid, CaseTeamCalls.LastEventData(afterAssign, "ASSIGNED")["expert"].Text());
        Assert.Equal("Triaged", CaseTeamCalls.LastEventData(afterAssign, "STATUS_CHANGED")["from"].Text());

        var released = await GraphQL.ReleaseAsync(new { assignmentId = assignment["id"].Text(), note = "Handed over the upload plan." });

        Assert.NotNull(ShouldSucceed(released, "assignment")["releasedAt"]);
        Assert.Equal("TRIAGED", released["helpRequest"]!["status"].Text());
        var afterRelease = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["UNASSIGNED", "STATUS_CHANGED"], CaseTeamCalls.EventKinds(afterRelease).TakeLast(2));
        Assert.Equal("Handed over the upload plan.", CaseTeamCalls.LastEventData(afterRelease, "UNASSIGNED")["note"].Text());
        Assert.Equal(queued.Version + 2, afterRelease["version"].Int());
    }

    [Fact]
    public async Task A_second_expert_joins_and_the_case_goes_back_to_prioritised_only_when_the_last_one_leaves()
    {
        var queued = await server.TakeQueueCaseAsync("PRIORITISED");
        var first = ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Sara Lindqvist"), estimatedHours = 2, expectedVersion = queued.Version }), "assignment");
        var eventsBefore = CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(queued.Id));
        var joined = await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Linnea Ek"), estimatedHours = 2, expectedVersion = queued.Version + 1 });
        var second = ShouldSucceed(joined, "assignment");
        Assert.Equal("ASSIGNED", joined["helpRequest"]!["status"].Text());
        Assert.Equal([.. eventsBefore, "ASSIGNED"], CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(queued.Id)));

        var oneLeft = await GraphQL.ReleaseAsync(new { assignmentId = first["id"].Text() });
        Assert.Equal("ASSIGNED", ShouldSucceed(oneLeft, "helpRequest")["status"].Text());

        var noneLeft = await GraphQL.ReleaseAsync(new { assignmentId = second["id"].Text() });
        Assert.Equal("PRIORITISED", ShouldSucceed(noneLeft, "helpRequest")["status"].Text());
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["UNASSIGNED", "UNASSIGNED", "STATUS_CHANGED"], CaseTeamCalls.EventKinds(stored).TakeLast(3));
        Assert.All(stored["assignments"].Items(), a => Assert.NotNull(a["releasedAt"]));
    }

    [Fact]
    public async Task Over_capacity_is_refused_with_the_figures_and_changes_nothing_unless_overridden()
    {
        var queued = await server.TakeQueueCaseAsync();
        var maja = await GraphQL.ExpertIdAsync("Maja Holm"); // 28 hours a month
        var (open, _) = await GraphQL.ExpertHoursAsync(maja);
        var tooMany = 28 - open + 1;
        var before = await GraphQL.CaseAsync(queued.Id);

        var refused = await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = maja, estimatedHours = tooMany, expectedVersion = queued.Version });

        ShouldFailWith(refused, "assignment", new PayloadError("OVER_CAPACITY", null));
        var error = refused["errors"]![0]!;
        Assert.Equal((open, 28, tooMany), (error["openHours"].Int(), error["capacityHours"].Int(), error["requestedHours"].Int()));
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
        Assert.Equal(open, (await GraphQL.ExpertHoursAsync(maja)).Open);

        var overridden = await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = maja, estimatedHours = tooMany, overrideCapacity = true, expectedVersion = queued.Version });

        Assert.Equal(tooMany, ShouldSucceed(overridden, "assignment")["estimatedHours"].Int());
        Assert.Equal((open + tooMany, 0), await GraphQL.ExpertHoursAsync(maja));
        Assert.True(CaseTeamCalls.LastEventData(await GraphQL.CaseAsync(queued.Id), "ASSIGNED")["overrideCapacity"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_expert_away_today_is_unavailable_until_the_day_they_are_back()
    {
        var queued = await server.TakeQueueCaseAsync();
        var karl = await GraphQL.ExpertIdAsync("Karl Dahl");
        var back = CaseTeamCalls.DaysFromToday(30);
        await GraphQL.SetAwayUntilAsync(karl, back);
        var before = await GraphQL.CaseAsync(queued.Id);

        var refused = await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = karl, expectedVersion = queued.Version });

        ShouldFailWith(refused, "assignment", new PayloadError("EXPERT_UNAVAILABLE", "input.expertId"));
        Assert.Equal(back.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), refused["errors"]![0]!["availableFrom"].Text());
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task The_same_expert_assigned_twice_while_open_is_a_duplicate()
    {
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var erik = await GraphQL.ExpertIdAsync("Erik Nyman");
        ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = erik, estimatedHours = 1, expectedVersion = queued.Version }), "assignment");
        var before = await GraphQL.CaseAsync(queued.Id);

        var again = await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = erik, estimatedHours = 1, expectedVersion = queued.Version + 1 });

        ShouldFailWith(again, "assignment", new PayloadError("DUPLICATE", "input.expertId"));
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task An_external_expert_is_referred_not_assigned()
    {
        var request = await RequestSubmission.SubmitAsync(GraphQL);

        var refused = await GraphQL.AssignAsync(new { requestId = request.Id, expertId = await GraphQL.ExpertIdAsync("Amara Okafor"), expectedVersion = 1 });

        ShouldFailWith(refused, "assignment", new PayloadError("VALIDATION_FAILED", "input.expertId"));
        Assert.Contains("referRequest", refused["errors"]![0]!["message"].Text());
    }

    [Fact]
    public async Task A_submitted_case_cannot_be_assigned_before_triage()
    {
        var request = await RequestSubmission.SubmitAsync(GraphQL);

        var refused = await GraphQL.AssignAsync(new { requestId = request.Id, expertId = await GraphQL.ExpertIdAsync("Astrid Lund"), expectedVersion = 1 });

        ShouldFailWith(refused, "assignment", new PayloadError("INVALID_TRANSITION", null));
        Assert.Equal(("SUBMITTED", "ASSIGNED"), (refused["errors"]![0]!["from"].Text(), refused["errors"]![0]!["to"].Text()));
        Assert.Equal(["CREATED"], CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(request.Id)));
    }

    [Fact]
    public async Task A_stale_version_a_bad_estimate_and_unknown_ids_change_nothing()
    {
        var request = await RequestSubmission.SubmitAsync(GraphQL);
        var astrid = await GraphQL.ExpertIdAsync("Astrid Lund");

        ShouldFailWith(await GraphQL.AssignAsync(new { requestId = request.Id, expertId = astrid, expectedVersion = 7 }), "assignment",
            new PayloadError("CONCURRENCY_CONFLICT", null));
        ShouldFailWith(await GraphQL.AssignAsync(new { requestId = request.Id, expertId = astrid, estimatedHours = 0, expectedVersion = 1 }), "assignment",
            new PayloadError("VALIDATION_FAILED", "input.estimatedHours"));
        ShouldFailWith(await GraphQL.AssignAsync(new { requestId = SeedLookups.UnknownId("HelpRequest"), expertId = SeedLookups.UnknownId("ExpertProfile"), expectedVersion = 1 }),
            "assignment", new PayloadError("NOT_FOUND", "input.expertId"), new PayloadError("NOT_FOUND", "input.requestId"));
        ShouldFailWith(await GraphQL.ReleaseAsync(new { assignmentId = SeedLookups.UnknownId("CaseAssignment") }), "assignment",
            new PayloadError("NOT_FOUND", "input.assignmentId"));
        Assert.Equal(["CREATED"], CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(request.Id)));
    }

    [Fact]
    public async Task Releasing_a_released_assignment_is_refused()
    {
        var queued = await server.TakeQueueCaseAsync();
        var assignment = ShouldSucceed(await GraphQL.AssignAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Oskar Strand"), estimatedHours = 1, expectedVersion = queued.Version }), "assignment");
        ShouldSucceed(await GraphQL.ReleaseAsync(new { assignmentId = assignment["id"].Text() }), "assignment");
        var before = await GraphQL.CaseAsync(queued.Id);

        var again = await GraphQL.ReleaseAsync(new { assignmentId = assignment["id"].Text() });

        ShouldFailWith(again, "assignment", new PayloadError("VALIDATION_FAILED", "input.assignmentId"));
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task Resolving_a_case_releases_its_open_assignments_so_the_experts_open_hours_drop()
    {
        var queued = await server.TakeQueueCaseAsync();
        var astrid = await GraphQL.ExpertIdAsync("Astrid Lund");
        var assignment = ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = astrid, estimatedHours = 5, expectedVersion = queued.Version }), "assignment");
        var (openWhileAssigned, _) = await GraphQL.ExpertHoursAsync(astrid);

        var resolved = await GraphQL.DataAsync(
            "mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { status } errors { ... on Error { code } } } }",
            new { input = new { id = queued.Id, expectedVersion = queued.Version + 1, resolution = "Answered with the batch upload guide." } });

        Assert.Equal("RESOLVED", ShouldSucceed(resolved["resolveRequest"], "helpRequest")["status"].Text());
        Assert.Equal(openWhileAssigned - 5, (await GraphQL.ExpertHoursAsync(astrid)).Open);
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.NotNull(stored["assignments"].Items().Single(a => a["id"].Text() == assignment["id"].Text())["releasedAt"]);
        Assert.Equal([assignment["id"].Text()], CaseTeamCalls.LastEventData(stored, "RESOLVED")["releasedAssignments"].Items().Select(a => a.Text()));
    }

    [Fact]
    public async Task Open_and_free_hours_of_a_page_of_experts_take_no_more_sql_commands_than_of_a_few()
    {
        const string Query = "query($first: Int!) { experts(first: $first) { nodes { monthlyCapacityHours openHours freeHours } } }";
        await GraphQL.DataAsync(Query, new { first = 1 }); // warm-up: hub lookup, plan caches

        server.SqlCommands.Reset();
        await GraphQL.DataAsync(Query, new { first = 3 });
        var few = server.SqlCommands.Count;
        server.SqlCommands.Reset();
        var page = (await GraphQL.DataAsync(Query, new { first = 30 }))["experts"]!["nodes"].Items();
        var many = server.SqlCommands.Count;

        Assert.Equal(few, many);
        Assert.Equal(30, page.Count);
        Assert.All(page, e => Assert.Equal(Math.Max(0, e["monthlyCapacityHours"].Int() - e["openHours"].Int()), e["freeHours"].Int()));
        Assert.Contains(page, e => e["openHours"].Int() > 0);
    }
}
