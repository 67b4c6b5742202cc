using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>addCaseComment: only the hub's first public reply starts the first-response clock; every comment is logged.</summary>
public sealed class AddCaseCommentTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    /// <summary>Hub staff in the seed, not the requester of <see cref="RequestSubmission"/>.</summary>
    private const string StaffName = "Astrid Lund";

    /// <summary>A requester of the same affiliate in the seed, with no staff or expert role in the hub.</summary>
    private const string FellowRequesterName = "Henrik Sjöberg";

    private const string Comment = """
        mutation($input: AddCaseCommentInput!) {
          addCaseComment(input: $input) {
            comment { id body isInternal author { id } }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
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
        var staff = await server.GraphQL.PersonAsync(StaffName);
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = staff.Id, body = "Thanks, we will look at the maps this week." } });

        var comment = ShouldSucceed(data["addCaseComment"], "comment");
        Assert.False(comment["isInternal"]!.GetValue<bool>());
        Assert.Equal(staff.Id, comment["author"]!["id"].Text());
        var firstResponse = (await ReadBackAsync(request.Id))["firstRespondedAt"];
        Assert.NotNull(firstResponse);

        // A later reply must not move the clock: first-response time measures the first one.
        await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = staff.Id, body = "A second reply." } });
        Assert.Equal(firstResponse.Text(), (await ReadBackAsync(request.Id))["firstRespondedAt"].Text());
    }

    [Fact]
    public async Task An_internal_note_does_not_count_as_a_response()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.GraphQL.PersonAsync(StaffName);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = staff.Id, body = "Check the licence first.", @internal = true } });

        Assert.True(ShouldSucceed(data["addCaseComment"], "comment")["isInternal"]!.GetValue<bool>());
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);
    }

    [Fact]
    public async Task The_requesters_own_comment_does_not_count_as_a_response()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = request.RequesterId, body = "Any news?" } });

        ShouldSucceed(data["addCaseComment"], "comment");
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);
    }

    [Fact]
    public async Task A_comment_by_someone_outside_the_hub_does_not_count_as_a_response()
    {
        // First-response time measures the hub; a colleague of the requester chiming in is not the hub answering.
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var colleague = await server.GraphQL.PersonAsync(FellowRequesterName);
        Assert.NotEqual(request.RequesterId, colleague.Id);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = colleague.Id, body = "I can help scan the maps." } });

        ShouldSucceed(data["addCaseComment"], "comment");
        Assert.Null((await ReadBackAsync(request.Id))["firstRespondedAt"]);
    }

    [Fact]
    public async Task Every_comment_appends_a_commented_event_by_its_author()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.GraphQL.PersonAsync(StaffName);

        await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = staff.Id, body = "An internal note.", @internal = true } });

        var stored = await ReadBackAsync(request.Id);
        Assert.Single(stored["comments"].Items());
        var events = stored["events"].Items();
        Assert.Equal(["CREATED", "COMMENTED"], events.Select(e => e["kind"].Text()));
        Assert.Equal(staff.Id, events[1]["actor"]!["id"].Text());
        Assert.True(JsonNode.Parse(events[1]["data"].Text())!["isInternal"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Staff_commenting_at_the_same_time_all_get_their_comment_saved()
    {
        // Comments only append; two people answering a case at once must not make one of them fail.
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var staff = await server.GraphQL.PersonAsync(StaffName);

        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(n =>
            server.GraphQL.SendAsync(Comment, new { input = new { requestId = request.Id, authorId = staff.Id, body = $"Reply number {n}." } })));

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
        var staff = await server.GraphQL.PersonAsync(StaffName);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = staff.Id, body } });

        ShouldFailWith(data["addCaseComment"], "comment", new PayloadError("VALIDATION_FAILED", "input.body"));
        var stored = await ReadBackAsync(request.Id);
        Assert.Empty(stored["comments"].Items());
        Assert.Single(stored["events"].Items());
        Assert.Null(stored["firstRespondedAt"]);
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var staff = await server.GraphQL.PersonAsync(StaffName);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = SeedLookups.UnknownId("HelpRequest"), authorId = staff.Id, body = "Hello" } });

        ShouldFailWith(data["addCaseComment"], "comment", new PayloadError("NOT_FOUND", "input.requestId"));
    }

    [Fact]
    public async Task An_author_id_of_another_node_type_is_not_found_and_nothing_is_written()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);

        var data = await server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, authorId = affiliateId, body = "Hello" } });

        ShouldFailWith(data["addCaseComment"], "comment", new PayloadError("NOT_FOUND", "input.authorId"));
        Assert.Empty((await ReadBackAsync(request.Id))["comments"].Items());
    }

    private async Task<JsonNode> ReadBackAsync(string id) => (await server.GraphQL.DataAsync(ReadBack, new { id }))["node"]!;
}
