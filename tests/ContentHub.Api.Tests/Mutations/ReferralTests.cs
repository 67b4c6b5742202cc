using System.Globalization;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// referRequest and the answers to a referral: PROPOSED → ACCEPTED | DECLINED, ACCEPTED →
/// HANDED_BACK | COMPLETED, each a case event; the case follows (REFERRED, IN_PROGRESS, back to the
/// queue when nobody is left); every invalid move is a typed error that changes nothing.
/// </summary>
public sealed class ReferralTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_referral_is_proposed_accepted_and_completed_and_the_case_follows()
    {
        var queued = await server.TakeQueueCaseAsync();
        var lukas = await GraphQL.ExpertIdAsync("Lukas Weber");

        var referred = await GraphQL.ReferAsync(new { requestId = queued.Id, expertId = lukas, note = "Wikidata modelling of the archive's maps.", expectedVersion = queued.Version });

        var referral = ShouldSucceed(referred, "referral");
        Assert.Equal(("PROPOSED", "Wikidata modelling of the archive's maps."), (referral["state"].Text(), referral["note"].Text()));
        Assert.Equal(lukas, referral["expert"]!["id"].Text());
        Assert.Equal("REFERRED", referred["helpRequest"]!["status"].Text());
        var afterReferral = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["STATUS_CHANGED", "REFERRED"], CaseTeamCalls.EventKinds(afterReferral).TakeLast(2));
        Assert.Equal(lukas, CaseTeamCalls.LastEventData(afterReferral, "REFERRED")["expert"].Text());

        var accepted = await GraphQL.AcceptAsync(new { referralId = referral["id"].Text(), note = "Happy to help." });

        Assert.Equal("ACCEPTED", ShouldSucceed(accepted, "referral")["state"].Text());
        Assert.NotNull(accepted["referral"]!["respondedAt"]);
        Assert.Equal("IN_PROGRESS", accepted["helpRequest"]!["status"].Text());
        var afterAccept = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["REFERRAL_UPDATED", "STATUS_CHANGED"], CaseTeamCalls.EventKinds(afterAccept).TakeLast(2));
        AssertReferralEvent(afterAccept, referral["id"].Text(), "Proposed", "Accepted", "Happy to help.");

        var completed = await GraphQL.CompleteAsync(new { referralId = referral["id"].Text(), note = "Properties proposed and items created." });

        Assert.Equal("COMPLETED", ShouldSucceed(completed, "referral")["state"].Text());
        Assert.Equal("IN_PROGRESS", completed["helpRequest"]!["status"].Text());
        var afterComplete = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal("REFERRAL_UPDATED", CaseTeamCalls.EventKinds(afterComplete)[^1]);
        AssertReferralEvent(afterComplete, referral["id"].Text(), "Accepted", "Completed", "Properties proposed and items created.");
        Assert.Equal(queued.Version + 3, afterComplete["version"].Int());
    }

    [Fact]
    public async Task A_declined_proposal_with_nobody_else_on_the_case_returns_it_to_triaged()
    {
        var queued = await server.TakeQueueCaseAsync("TRIAGED");
        var referral = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Femke Jansen"), note = "Dutch map collections.", expectedVersion = queued.Version }), "referral");

        var declined = await GraphQL.DeclineAsync(new { referralId = referral["id"].Text(), reason = "No time before spring." });

        Assert.Equal("DECLINED", ShouldSucceed(declined, "referral")["state"].Text());
        Assert.Equal("TRIAGED", declined["helpRequest"]!["status"].Text());
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["REFERRAL_UPDATED", "STATUS_CHANGED"], CaseTeamCalls.EventKinds(stored).TakeLast(2));
        AssertReferralEvent(stored, referral["id"].Text(), "Proposed", "Declined", "No time before spring.");
    }

    [Fact]
    public async Task An_accepted_referral_handed_back_returns_a_scored_case_to_prioritised()
    {
        var queued = await server.TakeQueueCaseAsync("PRIORITISED");
        var referral = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Emily Clarke"), note = "Licensing questions.", expectedVersion = queued.Version }), "referral");
        ShouldSucceed(await GraphQL.AcceptAsync(new { referralId = referral["id"].Text() }), "referral");

        var handedBack = await GraphQL.HandBackAsync(new { referralId = referral["id"].Text(), note = "Licences checked; the upload itself is still to do." });

        Assert.Equal("HANDED_BACK", ShouldSucceed(handedBack, "referral")["state"].Text());
        Assert.Equal("PRIORITISED", handedBack["helpRequest"]!["status"].Text());
        AssertReferralEvent(await GraphQL.CaseAsync(queued.Id), referral["id"].Text(), "Accepted", "HandedBack", "Licences checked; the upload itself is still to do.");
    }

    [Fact]
    public async Task Every_invalid_referral_move_is_a_typed_error_that_changes_nothing()
    {
        var queued = await server.TakeQueueCaseAsync();
        var proposed = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Piotr Nowak"), note = "Polish archives.", expectedVersion = queued.Version }), "referral")["id"].Text();
        await ShouldRefuseAsync(queued.Id, "PROPOSED", "HANDED_BACK", GraphQL.HandBackAsync(new { referralId = proposed, note = "Too early." }));
        await ShouldRefuseAsync(queued.Id, "PROPOSED", "COMPLETED", GraphQL.CompleteAsync(new { referralId = proposed }));

        ShouldSucceed(await GraphQL.DeclineAsync(new { referralId = proposed, reason = "Not my field." }), "referral");
        await ShouldRefuseAsync(queued.Id, "DECLINED", "ACCEPTED", GraphQL.AcceptAsync(new { referralId = proposed }));
        await ShouldRefuseAsync(queued.Id, "DECLINED", "DECLINED", GraphQL.DeclineAsync(new { referralId = proposed, reason = "Twice." }));
        await ShouldRefuseAsync(queued.Id, "DECLINED", "HANDED_BACK", GraphQL.HandBackAsync(new { referralId = proposed, note = "Never had it." }));
        await ShouldRefuseAsync(queued.Id, "DECLINED", "COMPLETED", GraphQL.CompleteAsync(new { referralId = proposed }));

        // The case went back to the queue, so it can be referred again.
        var version = (await GraphQL.CaseAsync(queued.Id))["version"].Int();
        var accepted = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Grace Thompson"), note = "Second try.", expectedVersion = version }), "referral")["id"].Text();
        ShouldSucceed(await GraphQL.AcceptAsync(new { referralId = accepted }), "referral");
        await ShouldRefuseAsync(queued.Id, "ACCEPTED", "ACCEPTED", GraphQL.AcceptAsync(new { referralId = accepted }));
        await ShouldRefuseAsync(queued.Id, "ACCEPTED", "DECLINED", GraphQL.DeclineAsync(new { referralId = accepted, reason = "Changed my mind." }));

        ShouldSucceed(await GraphQL.CompleteAsync(new { referralId = accepted }), "referral");
        await ShouldRefuseAsync(queued.Id, "COMPLETED", "HANDED_BACK", GraphQL.HandBackAsync(new { referralId = accepted, note = "After all." }));
    }

    [Fact]
    public async Task Referring_to_staff_or_to_both_or_neither_an_expert_and_an_organisation_is_a_validation_error()
    {
        var request = await RequestSubmission.SubmitAsync(GraphQL);
        var astrid = await GraphQL.ExpertIdAsync("Astrid Lund");
        var claire = await GraphQL.ExpertIdAsync("Claire Dubois");

        var toStaff = await GraphQL.ReferAsync(new { requestId = request.Id, expertId = astrid, note = "Internal.", expectedVersion = 1 });
        ShouldFailWith(toStaff, "referral", new PayloadError("VALIDATION_FAILED", "input.expertId"));
        Assert.Contains("assignExpert", toStaff["errors"]![0]!["message"].Text());
        ShouldFailWith(await GraphQL.ReferAsync(new { requestId = request.Id, expertId = claire, organisationName = "Europeana", note = "Both.", expectedVersion = 1 }),
            "referral", new PayloadError("VALIDATION_FAILED", "input.organisationName"));
        ShouldFailWith(await GraphQL.ReferAsync(new { requestId = request.Id, organisationName = "  ", note = "Neither.", expectedVersion = 1 }),
            "referral", new PayloadError("VALIDATION_FAILED", "input.expertId"));
        ShouldFailWith(await GraphQL.ReferAsync(new { requestId = request.Id, expertId = claire, note = " ", expectedVersion = 1 }),
            "referral", new PayloadError("VALIDATION_FAILED", "input.note"));
        ShouldFailWith(await GraphQL.DeclineAsync(new { referralId = SeedLookups.UnknownId("Referral"), reason = "" }),
            "referral", new PayloadError("NOT_FOUND", "input.referralId"), new PayloadError("VALIDATION_FAILED", "input.reason"));
        var stored = await GraphQL.CaseAsync(request.Id);
        Assert.Equal(["CREATED"], CaseTeamCalls.EventKinds(stored));
        Assert.Empty(stored["referrals"].Items());
    }

    [Fact]
    public async Task An_external_expert_away_today_is_unavailable()
    {
        var request = await RequestSubmission.SubmitAsync(GraphQL);
        var ingrid = await GraphQL.ExpertIdAsync("Ingrid Solberg");
        var back = CaseTeamCalls.DaysFromToday(45);
        await GraphQL.SetAwayUntilAsync(ingrid, back);

        var refused = await GraphQL.ReferAsync(new { requestId = request.Id, expertId = ingrid, note = "Norwegian heritage data.", expectedVersion = 1 });

        ShouldFailWith(refused, "referral", new PayloadError("EXPERT_UNAVAILABLE", "input.expertId"));
        Assert.Equal(back.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), refused["errors"]![0]!["availableFrom"].Text());
        Assert.Empty((await GraphQL.CaseAsync(request.Id))["referrals"].Items());
    }

    [Fact]
    public async Task A_second_open_referral_to_the_same_expert_or_organisation_is_a_duplicate()
    {
        var queued = await server.TakeQueueCaseAsync();
        var claire = await GraphQL.ExpertIdAsync("Claire Dubois");
        ShouldSucceed(await GraphQL.ReferAsync(new { requestId = queued.Id, expertId = claire, note = "French sources.", expectedVersion = queued.Version }), "referral");
        var organisation = await GraphQL.ReferAsync(new { requestId = queued.Id, organisationName = "Europeana Foundation", note = "Aggregated metadata.", expectedVersion = queued.Version + 1 });
        Assert.Equal("Europeana Foundation", ShouldSucceed(organisation, "referral")["organisationName"].Text());
        Assert.Equal("REFERRED", organisation["helpRequest"]!["status"].Text());
        var before = await GraphQL.CaseAsync(queued.Id);

        ShouldFailWith(await GraphQL.ReferAsync(new { requestId = queued.Id, expertId = claire, note = "Again.", expectedVersion = queued.Version + 2 }),
            "referral", new PayloadError("DUPLICATE", "input.expertId"));
        ShouldFailWith(await GraphQL.ReferAsync(new { requestId = queued.Id, organisationName = "europeana foundation", note = "Again.", expectedVersion = queued.Version + 2 }),
            "referral", new PayloadError("DUPLICATE", "input.organisationName"));
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task Handing_back_while_an_assigned_expert_remains_keeps_the_case_in_progress()
    {
        var queued = await server.TakeQueueCaseAsync();
        ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Erik Nyman"), estimatedHours = 1, expectedVersion = queued.Version }), "assignment");
        var referral = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Kwame Asante"), note = "Twi translations.", expectedVersion = queued.Version + 1 }), "referral")["id"].Text();
        Assert.Equal("IN_PROGRESS", ShouldSucceed(await GraphQL.AcceptAsync(new { referralId = referral }), "helpRequest")["status"].Text());

        var handedBack = await GraphQL.HandBackAsync(new { referralId = referral, note = "Translations done; review is the hub's." });

        Assert.Equal("IN_PROGRESS", ShouldSucceed(handedBack, "helpRequest")["status"].Text());
        Assert.Equal("REFERRAL_UPDATED", CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(queued.Id))[^1]);
    }

    [Fact]
    public async Task Answers_that_race_without_an_expected_version_are_all_saved()
    {
        var queued = await server.TakeQueueCaseAsync();
        var referrals = new List<string>();
        foreach (var (name, i) in new[] { "Lucia Fernandez", "Mateo Rojas", "Ana Souza" }.Select((name, i) => (name, i)))
        {
            referrals.Add(ShouldSucceed(await GraphQL.ReferAsync(
                new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync(name), note = "Spanish and Portuguese sources.", expectedVersion = queued.Version + i }), "referral")["id"].Text());
        }

        var answers = await Task.WhenAll(
            GraphQL.AcceptAsync(new { referralId = referrals[0] }),
            GraphQL.DeclineAsync(new { referralId = referrals[1], reason = "Travelling." }),
            GraphQL.DeclineAsync(new { referralId = referrals[2], reason = "Too busy." }));

        Assert.All(answers, answer => ShouldSucceed(answer, "referral"));
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["ACCEPTED", "DECLINED", "DECLINED"], referrals.Select(id => stored["referrals"].Items().Single(r => r["id"].Text() == id)["state"].Text()));
        Assert.Equal("IN_PROGRESS", stored["status"].Text());
        Assert.Equal(3, CaseTeamCalls.EventKinds(stored).TakeLast(4).Count(kind => kind == "REFERRAL_UPDATED"));
        Assert.Equal(queued.Version + 6, stored["version"].Int());
    }

    [Fact]
    public async Task An_answer_with_a_stale_expected_version_is_a_conflict()
    {
        var queued = await server.TakeQueueCaseAsync();
        var referral = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Mateo Rojas"), note = "Chilean archives.", expectedVersion = queued.Version }), "referral")["id"].Text();
        var before = await GraphQL.CaseAsync(queued.Id);

        var stale = await GraphQL.AcceptAsync(new { referralId = referral, expectedVersion = queued.Version });

        ShouldFailWith(stale, "referral", new PayloadError("CONCURRENCY_CONFLICT", null));
        Assert.Equal(queued.Version + 1, stale["errors"]![0]!["currentVersion"].Int());
        Assert.Equal(before.Compact(), (await GraphQL.CaseAsync(queued.Id)).Compact());
    }

    [Fact]
    public async Task Resolving_completes_accepted_referrals_so_the_experts_open_hours_drop()
    {
        var queued = await server.TakeQueueCaseAsync();
        var amara = await GraphQL.ExpertIdAsync("Amara Okafor");
        var referral = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = amara, note = "Yoruba content.", expectedVersion = queued.Version }), "referral")["id"].Text();
        ShouldSucceed(await GraphQL.AcceptAsync(new { referralId = referral }), "referral");
        var (openWhileAccepted, _) = await GraphQL.ExpertHoursAsync(amara);

        var resolved = await GraphQL.DataAsync(
            "mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { status } errors { ... on Error { code } } } }",
            new { input = new { id = queued.Id, expectedVersion = queued.Version + 2, resolution = "Answered with Amara's glossary." } });

        ShouldSucceed(resolved["resolveRequest"], "helpRequest");
        Assert.Equal(openWhileAccepted - 8, (await GraphQL.ExpertHoursAsync(amara)).Open); // an accepted referral counts the hub's default hours
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal("COMPLETED", stored["referrals"].Items().Single(r => r["id"].Text() == referral)["state"].Text());
        Assert.Equal([referral], CaseTeamCalls.LastEventData(stored, "RESOLVED")["completedReferrals"].Items().Select(r => r.Text()));
        await ShouldRefuseAsync(queued.Id, "COMPLETED", "HANDED_BACK", GraphQL.HandBackAsync(new { referralId = referral, note = "Too late." }));
    }

    /// <summary>The answer fails with INVALID_TRANSITION naming both states, and the case (state, events, version) is as it was.</summary>
    private async Task ShouldRefuseAsync(string requestId, string from, string to, Task<JsonNode> answering)
    {
        var before = (await GraphQL.CaseAsync(requestId)).Compact();
        var payload = await answering;
        ShouldFailWith(payload, "referral", new PayloadError("INVALID_TRANSITION", null));
        Assert.Equal((from, to), (payload["errors"]![0]!["referralFrom"].Text(), payload["errors"]![0]!["referralTo"].Text()));
        Assert.Equal(before, (await GraphQL.CaseAsync(requestId)).Compact());
    }

    private static void AssertReferralEvent(JsonNode request, string referralId, string from, string to, string note)
    {
        var data = CaseTeamCalls.LastEventData(request, "REFERRAL_UPDATED");
        Assert.Equal((referralId, from, to, note), (data["referral"].Text(), data["from"].Text(), data["to"].Text(), data["note"].Text()));
    }
}
