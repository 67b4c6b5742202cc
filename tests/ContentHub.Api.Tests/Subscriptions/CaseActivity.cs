using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>Things that happen to a case over HTTP, each appending one event to its log, for subscription tests to watch.</summary>
internal sealed class CaseActivity(GraphQLClient graphQL, string requestId)
{
    /// <summary>A fresh case (see <see cref="RequestSubmission"/>), commented on and edited by <paramref name="staff"/>.</summary>
    public static async Task<CaseActivity> StartAsync(GraphQLClient staff)
    {
        var request = await RequestSubmission.SubmitAsync(staff);
        return new CaseActivity(staff, request.Id);
    }

    public string RequestId => requestId;

    public async Task CommentAsync(string body)
    {
        var data = await graphQL.DataAsync(
            "mutation($input: AddCaseCommentInput!) { addCaseComment(input: $input) { comment { id } errors { ... on Error { code } } } }",
            new { input = new { requestId, body } });
        PayloadErrors.ShouldSucceed(data["addCaseComment"], "comment");
    }

    /// <summary>Changes the title; returns the case's new version.</summary>
    public async Task<int> RetitleAsync(string title, int expectedVersion)
    {
        var data = await graphQL.DataAsync(
            "mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { helpRequest { version } errors { ... on Error { code } } } }",
            new { input = new { id = requestId, expectedVersion, title } });
        return PayloadErrors.ShouldSucceed(data["updateRequest"], "helpRequest")["version"].Int();
    }
}
