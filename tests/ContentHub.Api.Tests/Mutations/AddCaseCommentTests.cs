using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>addCaseComment: only the hub's first public reply starts the first-response clock; every comment is logged.</summary>
public sealed class AddCaseCommentTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    /// <summary>Hub staff in the seed, not the requester of <see cref="RequestSubmission"/>.</summary>
    private const string StaffName = "Astrid Lund";

    private const string StaffKey = "astrid-lund";

    /// <summary>A requester of the same affiliate in the seed, with no staff or expert role in the hub.</summary>
    private const string FellowRequesterName = "Henrik Sjöberg";

    private const string FellowRequesterKey = "req-a-henrik-sjoberg";

    private const string Comment = """
        mutation($input: AddCaseCommentInput!) {
          addCaseComment(input: $input) {
            comment { id body isInternal author { id } }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
              ... on NotPermittedError { field }
            }
          }
        }
        """;

    private const string ReadBack = """
        query($id: ID!) {
          node(id: $id) {
            ... on HelpRequest { firstRespondedAt comments { id } events { kind actor { id } data } }
          }
        }
        """;

    [Fact]
    public async Task A_staff_reply_sets_first_responded_at_once()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.ClientOfAsync(StaffKey);
        var staffId = (await server.GraphQL.PersonAsync(StaffName)).Id;
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);

        var data = await staff.DataAsync(Comment, new { input = new { requestId = request.Id, body = "Thanks, we will look at the maps this week." } });

        var comment = ShouldSucceed(data["addCaseComment"], "comment");
        Assert.False(comment["isInternal"]!.GetValue<bool>());
        Assert.Equal(staffId, comment["author"]!["id"].Text());
        var firstResponse = (await ReadBackAsync(request.Id))["firstRespondedAt"];
        Assert.NotNull(firstResponse);

        // A later reply must not move the clock: first-response time measures the first one.
        await staff.DataAsync(Comment, new { input = new { requestId = request.Id, body = "A second reply." } });
        Assert.Equal(firstResponse.Text(), (await ReadBackAsync(request.Id))["firstRespondedAt"].Text());
    }

    [Fact]
    public async Task An_internal_note_does_not_count_as_a_response()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.ClientOfAsync(StaffKey);

        var data = await staff.DataAsync(Comment, new { input = new { requestId = request.Id, body = "Check the licence first.", @internal = true } });

        Assert.True(ShouldSucceed(data["addCaseComment"], "comment")["isInternal"]!.GetValue<bool>());
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);
    }

    [Fact]
    public async Task The_requesters_own_comment_does_not_count_as_a_response()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var requester = await server.ClientOfAsync(RequestSubmission.RequesterKey);

        var data = await requester.DataAsync(Comment, new { input = new { requestId = request.Id, body = "Any news?" } });

        Assert.Equal(request.RequesterId, ShouldSucceed(data["addCaseComment"], "comment")["author"]!["id"].Text());
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);
    }

    [Fact]
    public async Task A_comment_by_someone_outside_the_hub_does_not_count_as_a_response()
    {
        // First-response time measures the hub; a colleague of the requester chiming in is not the hub answering.
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var colleague = await server.GraphQL.PersonAsync(FellowRequesterName);
        Assert.NotEqual(request.RequesterId, colleague.Id);
        var asColleague = await server.ClientOfAsync(FellowRequesterKey);

        var data = await asColleague.DataAsync(Comment, new { input = new { requestId = request.Id, body = "I can help scan the maps." } });

        Assert.Equal(colleague.Id, ShouldSucceed(data["addCaseComment"], "comment")["author"]!["id"].Text());
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);
    }

    [Fact]
    public async Task Every_comment_appends_a_commented_event_by_its_author()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.ClientOfAsync(StaffKey);
        var staffId = (await server.GraphQL.PersonAsync(StaffName)).Id;

        await staff.DataAsync(Comment, new { input = new { requestId = request.Id, body = "An internal note.", @internal = true } });

        var stored = await ReadBackAsync(request.Id);
        Assert.Single(stored["comments"].Items());
        var events = stored["events"].Items();
        Assert.Equal(["CREATED", "COMMENTED"], events.Select(e => e["kind"].Text()));
        Assert.Equal(staffId, events[1]["actor"]!["id"].Text());
        Assert.True(JsonNode.Parse(events[1]["data"].Text())!["isInternal"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Staff_commenting_at_the_same_time_all_get_their_comment_saved()
    {
        // Comments only append; two people answering a case at once must not make one of them fail.
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.ClientOfAsync(StaffKey);

        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(n =>
            staff.SendAsync(Comment, new { input = new { requestId = request.Id, body = $"Reply number {n}." } })));

        Assert.All(responses, r => Assert.True(r.Errors is null, r.Body));
        Assert.All(responses, r => ShouldSucceed(r.Data!["addCaseComment"], "comment"));
        var stored = await ReadBackAsync(request.Id);
        Assert.Equal(4, stored["comments"].Items().Count);
        Assert.Equal(4, stored["events"].Items().Count(e => e["kind"].Text() == "COMMENTED"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task A_blank_body_is_rejected_and_nothing_is_written(string body)
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.ClientOfAsync(StaffKey);

        var data = await staff.DataAsync(Comment, new { input = new { requestId = request.Id, body } });

        ShouldFailWith(data["addCaseComment"], "comment", new PayloadError("VALIDATION_FAILED", "input.body"));
        var stored = await ReadBackAsync(request.Id);
        Assert.Empty(stored["comments"].Items());
        Assert.Single(stored["events"].Items());
        Assert.Null(stored["firstRespondedAt"]);
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var staff = await server.ClientOfAsync(StaffKey);

        var data = await staff.DataAsync(Comment, new { input = new { requestId = SeedLookups.UnknownId("HelpRequest"), body = "Hello" } });

        ShouldFailWith(data["addCaseComment"], "comment", new PayloadError("NOT_FOUND", "input.requestId"));
    }

    [Fact]
    public async Task A_comment_needs_a_signed_in_author_and_nothing_is_written_without_one()
    {
        // The author is the caller: an anonymous comment has nobody to be by.
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);

        var response = await server.Anonymous.SendAsync(Comment, new { input = new { requestId = request.Id, body = "Hello" } });

        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.FirstErrorCode);
        Assert.Empty((await ReadBackAsync(request.Id))["comments"].Items());
    }

    [Fact]
    public async Task A_requester_may_not_write_an_internal_note_and_nothing_is_written()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var requester = await server.ClientOfAsync(RequestSubmission.RequesterKey);

        var data = await requester.DataAsync(Comment, new { input = new { requestId = request.Id, body = "Just between us.", @internal = true } });

        ShouldFailWith(data["addCaseComment"], "comment", new PayloadError("NOT_PERMITTED", "input.internal"));
        Assert.Empty((await ReadBackAsync(request.Id))["comments"].Items());
    }

    private async Task<JsonNode> ReadBackAsync(string id) => (await server.GraphQL.DataAsync(ReadBack, new { id }))["node"]!;
}
