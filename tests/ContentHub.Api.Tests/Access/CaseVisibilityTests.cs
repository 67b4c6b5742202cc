using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Access.AccessCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Access;

/// <summary>
/// Row-level rules for cases, through every way a case is reached: an affiliate sees its own requests
/// and those shared with the movement, never another's private ones; an expert sees what is referred
/// to them; internal notes stay with the hub.
/// </summary>
public sealed class CaseVisibilityTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private const string Comments = "query($id: ID!) { node(id: $id) { ... on HelpRequest { id comments { body isInternal } } } }";

    [Fact]
    public async Task A_requester_sees_their_affiliates_requests_and_shared_ones_but_no_other_affiliates_private_ones()
    {
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        var all = await server.GraphQL.VisibleRequestsAsync();
        var hers = await karin.VisibleRequestsAsync();

        Assert.NotEmpty(hers);
        Assert.All(hers, r => Assert.True(r["affiliate"]!["key"].Text() == "wikimedia-sverige" || r["isPublic"]!.GetValue<bool>(), r.Compact()));
        var elsewhere = all.First(r => r["affiliate"]!["key"].Text() != "wikimedia-sverige" && !r["isPublic"]!.GetValue<bool>())["id"].Text();
        Assert.DoesNotContain(elsewhere, hers.Select(r => r["id"].Text()));

        // Fetched by ID it is as absent as a case that does not exist, and it cannot be changed.
        var node = await karin.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = elsewhere });
        Assert.Null(node["node"]);
        var edit = await karin.DataAsync(
            "mutation($id: ID!) { updateRequest(input: { id: $id, expectedVersion: 1, title: \"Taken over\" }) { helpRequest { id } errors { ... on Error { code } ... on NotFoundError { field } } } }",
            new { id = elsewhere });
        ShouldFailWith(edit["updateRequest"], "helpRequest", new PayloadError("NOT_FOUND", "input.id"));
    }

    [Fact]
    public async Task Sharing_a_request_shows_it_to_other_affiliates_members_but_not_to_anonymous_callers()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        var rachel = await server.SignInAsAsync("req-a-rachel-owens");
        Assert.DoesNotContain(request.Id, (await rachel.VisibleRequestsAsync()).Select(r => r["id"].Text()));

        var shared = await karin.DataAsync(
            "mutation($id: ID!) { updateRequest(input: { id: $id, expectedVersion: 1, isPublic: true }) { helpRequest { isPublic } errors { ... on Error { code } } } }",
            new { id = request.Id });
        Assert.True(ShouldSucceed(shared["updateRequest"], "helpRequest")["isPublic"]!.GetValue<bool>());

        Assert.Contains(request.Id, (await rachel.VisibleRequestsAsync()).Select(r => r["id"].Text()));
        var anonymous = await server.Anonymous.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = request.Id });
        Assert.Null(anonymous["node"]);
        // Reading is not editing: Rachel's affiliate did not file it.
        var edit = await rachel.DataAsync(
            "mutation($id: ID!) { updateRequest(input: { id: $id, expectedVersion: 2, title: \"Ours now\" }) { helpRequest { id } errors { ... on Error { code } } } }",
            new { id = request.Id });
        ShouldFailWith(edit["updateRequest"], "helpRequest", new PayloadError("NOT_PERMITTED", null));
    }

    [Fact]
    public async Task Internal_notes_are_read_by_the_hub_and_never_by_the_requester_who_may_not_write_them_either()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        await CommentAsync(server.GraphQL, request.Id, "Visible answer from the hub.", @internal: false);
        await CommentAsync(server.GraphQL, request.Id, "Internal: the archive's licence needs checking.", @internal: true);

        var staffView = (await server.GraphQL.DataAsync(Comments, new { id = request.Id }))["node"]!["comments"].Items();
        var requesterView = (await karin.DataAsync(Comments, new { id = request.Id }))["node"]!["comments"].Items();

        Assert.Equal(2, staffView.Count);
        Assert.Equal(["Visible answer from the hub."], requesterView.Select(c => c["body"].Text()));
        // That an internal note was written is itself internal: its event is not in her history either.
        const string Commented = "query($id: ID!) { node(id: $id) { ... on HelpRequest { events { kind } } } }";
        Assert.Equal(2, (await server.GraphQL.DataAsync(Commented, new { id = request.Id }))["node"]!["events"].Items().Count(e => e["kind"].Text() == "COMMENTED"));
        Assert.Equal(1, (await karin.DataAsync(Commented, new { id = request.Id }))["node"]!["events"].Items().Count(e => e["kind"].Text() == "COMMENTED"));
        var attempt = await karin.DataAsync(
            "mutation($id: ID!) { addCaseComment(input: { requestId: $id, body: \"Psst\", internal: true }) { comment { id } errors { ... on Error { code } ... on NotPermittedError { field } } } }",
            new { id = request.Id });
        ShouldFailWith(attempt["addCaseComment"], "comment", new PayloadError("NOT_PERMITTED", "input.internal"));
        Assert.Equal(2, (await server.GraphQL.DataAsync(Comments, new { id = request.Id }))["node"]!["comments"].Items().Count);
    }

    [Fact]
    public async Task A_requesters_history_of_seeded_cases_has_a_commented_event_for_each_comment_she_may_read()
    {
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        var cases = await karin.DataAsync("{ requests(first: 100) { nodes { id comments { isInternal } events { kind } } } }");
        var ids = cases["requests"]!["nodes"].Items().Select(r => r["id"].Text()).ToList();
        var asStaff = await server.GraphQL.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on HelpRequest { comments { isInternal } } } }", new { ids });

        // Her affiliate's seeded cases do have internal notes, which she must not learn of even as events.
        Assert.Contains(asStaff["nodes"].Items().SelectMany(r => r["comments"].Items()), c => c["isInternal"]!.GetValue<bool>());
        Assert.All(cases["requests"]!["nodes"].Items(), r => Assert.Equal(
            r["comments"].Items().Count,
            r["events"].Items().Count(e => e["kind"].Text() == "COMMENTED")));
    }

    [Fact]
    public async Task An_external_expert_sees_a_case_once_it_is_referred_to_them()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var amara = await server.SignInAsAsync("amara-okafor");
        Assert.Null((await amara.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = request.Id }))["node"]);

        var expertId = await server.GraphQL.ExpertIdAsync("Amara Okafor");
        await server.GraphQL.DataAsync("mutation($id: ID!) { triageRequest(input: { id: $id, expectedVersion: 1 }) { errors { ... on Error { code } } } }", new { id = request.Id });
        var referred = await server.GraphQL.DataAsync(
            "mutation($input: ReferRequestInput!) { referRequest(input: $input) { referral { id } errors { ... on Error { code message } } } }",
            new { input = new { requestId = request.Id, expectedVersion = 2, expertId, note = "Metadata mapping for maps." } });
        ShouldSucceed(referred["referRequest"], "referral");

        var seen = await amara.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { title status } } }", new { id = request.Id });
        Assert.Equal("REFERRED", seen["node"]!["status"].Text());
    }

    [Fact]
    public async Task Similar_cases_show_a_requester_only_cases_they_may_read()
    {
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        var mine = (await karin.VisibleRequestsAsync()).Select(r => r["id"].Text()).ToHashSet();
        var someCase = mine.First();

        var similar = await karin.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on HelpRequest { similarCases(first: 10) { case { id } } } } }", new { id = someCase });
        var staffSimilar = await server.GraphQL.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on HelpRequest { similarCases(first: 10) { case { id } } } } }", new { id = someCase });

        var hers = similar["node"]!["similarCases"].Items().Select(s => s["case"]!["id"].Text()).ToList();
        Assert.All(hers, id => Assert.Contains(id, mine));
        Assert.Contains(staffSimilar["node"]!["similarCases"].Items(), s => !mine.Contains(s["case"]!["id"].Text()));
    }

    private static async Task CommentAsync(GraphQLClient graphQL, string requestId, string body, bool @internal)
    {
        var data = await graphQL.DataAsync(
            "mutation($input: AddCaseCommentInput!) { addCaseComment(input: $input) { comment { id } errors { ... on Error { code message } } } }",
            new { input = new { requestId, body, @internal } });
        ShouldSucceed(data["addCaseComment"], "comment");
    }
}
