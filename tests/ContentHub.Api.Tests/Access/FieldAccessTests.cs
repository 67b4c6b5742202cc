using ContentHub.Api.Tests.Committee;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Access.AccessCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Access;

/// <summary>
/// Fields only some callers may read: the committee's scores and comments, people's emails, the audit
/// trail, the staff's tools. A denied field is an error with a code, never a null that looks like data.
/// </summary>
public sealed class FieldAccessTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string Assessments = "query($id: ID!) { node(id: $id) { ... on AgendaItem { decision rationale assessments { comment scores { score } } } } }";

    [Fact]
    public async Task Committee_scores_and_comments_are_for_the_committee_and_staff_while_the_rationale_is_public()
    {
        var (itemId, member) = await ScoredAndDecidedItemAsync();

        var asMember = await member.DataAsync(Assessments, new { id = itemId });
        var asStaff = await server.GraphQL.DataAsync(Assessments, new { id = itemId });
        Assert.Equal("Scored in a test.", Assert.Single(asMember["node"]!["assessments"].Items())["comment"].Text());
        Assert.Single(asStaff["node"]!["assessments"].Items());

        var requester = await server.SignInAsAsync("req-a-karin-blom");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], RefusalCodes(await requester.SendAsync(Assessments, new { id = itemId })));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], RefusalCodes(await server.Anonymous.SendAsync(Assessments, new { id = itemId })));
        var rationale = await server.Anonymous.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on AgendaItem { decision rationale } } }", new { id = itemId });
        Assert.Equal("PRIORITISE", rationale["node"]!["decision"].Text());
        Assert.Equal("Fills a gap the movement has named.", rationale["node"]!["rationale"].Text());
    }

    [Fact]
    public async Task An_email_is_read_by_its_owner_and_by_staff_and_refused_with_a_code_to_anyone_else()
    {
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        var henrik = await server.GraphQL.PersonAsync("Henrik Sjöberg");
        const string Email = "query($id: ID!) { node(id: $id) { ... on Person { displayName email } } }";

        var own = await karin.DataAsync("{ viewer { person { email } } }");
        Assert.Equal("karin.blom@example.org", own["viewer"]!["person"]!["email"].Text());
        Assert.Equal("henrik.sjoberg@example.org", (await server.GraphQL.DataAsync(Email, new { id = henrik.Id }))["node"]!["email"].Text());

        var refused = await karin.SendAsync(Email, new { id = henrik.Id });
        Assert.Equal("Henrik Sjöberg", refused.Data!["node"]!["displayName"].Text());
        var error = Assert.Single(refused.Errors!);
        Assert.Equal("AUTH_NOT_AUTHORIZED", error!["extensions"]!["code"].Text());
        Assert.Equal(["node", "email"], error["path"].Items().Select(p => p.Text()));
    }

    [Fact]
    public async Task The_audit_trail_names_who_did_what_for_staff_only()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var astrid = await server.SignInAsAsync("astrid-lund");
        await astrid.DataAsync("mutation($id: ID!) { triageRequest(input: { id: $id, expectedVersion: 1 }) { errors { ... on Error { code } } } }", new { id = request.Id });
        const string Audit = "query($id: ID!) { node(id: $id) { ... on HelpRequest { events { kind occurredAt actor { displayName } accessToken { owner { displayName } createdBy { displayName } } } } } }";

        var events = (await server.GraphQL.DataAsync(Audit, new { id = request.Id }))["node"]!["events"].Items();
        Assert.Equal([("CREATED", "Test Admin"), ("STATUS_CHANGED", "Astrid Lund")], events.Select(e => (e["kind"].Text(), e["actor"]!["displayName"].Text())));
        // Astrid's token was made by the admin: the audit shows whose key it was, and who handed it out.
        Assert.Equal("Test Admin", events[1]["accessToken"]!["createdBy"]!["displayName"].Text());

        var karin = await server.SignInAsAsync("req-a-karin-blom");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], RefusalCodes(await karin.SendAsync(Audit, new { id = request.Id })));
        var history = await karin.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { events { kind } } } }", new { id = request.Id });
        Assert.Equal(2, history["node"]!["events"].Items().Count);
    }

    [Fact]
    public async Task Queue_work_is_refused_to_a_requester_before_it_runs_and_changes_nothing()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var karin = await server.SignInAsAsync("req-a-karin-blom");

        var triage = await karin.SendAsync("mutation($id: ID!) { triageRequest(input: { id: $id, expectedVersion: 1 }) { helpRequest { status } } }", new { id = request.Id });
        var matches = await karin.SendAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { expertMatches { score } } } }", new { id = request.Id });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], RefusalCodes(triage));
        Assert.Null(triage.Data);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], RefusalCodes(matches));
        var state = await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { status version } } }", new { id = request.Id });
        Assert.Equal(("SUBMITTED", 1), (state["node"]!["status"].Text(), state["node"]!["version"].Int()));
    }

    /// <summary>A fresh case on a new meeting's agenda, scored by one member and decided; returns the item and the member.</summary>
    private async Task<(string ItemId, GraphQLClient Member)> ScoredAndDecidedItemAsync()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        await server.GraphQL.DataAsync("mutation($id: ID!) { triageRequest(input: { id: $id, expectedVersion: 1 }) { errors { ... on Error { code } } } }", new { id = request.Id });
        var committee = await server.GraphQL.CommitteeAsync();
        var meetingId = await server.GraphQL.ScheduleMeetingAsync(committee.Id, "Access test meeting");
        var item = ShouldSucceed(await server.GraphQL.AddToAgendaAsync(new { meetingId, requestId = request.Id, expectedVersion = 2 }), "agendaItem")["id"].Text();
        var member = await server.SignInAsAsync("cm-tereza-novakova");
        ShouldSucceed(await member.ScoreAsync(new { agendaItemId = item, scores = CommitteeCalls.Scores(5, 4, 3, 4, 3, 2, 5), comment = "Scored in a test." }), "agendaItem");
        ShouldSucceed(await server.GraphQL.DecideAsync(new { agendaItemId = item, decision = "PRIORITISE", rationale = "Fills a gap the movement has named." }), "agendaItem");
        return (item, member);
    }
}
