using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// Mutations sent at once take turns in the server, since SQLite writes one transaction at a time:
/// each one's transaction begins once the one before has ended, rather than beginning beside it
/// and sleeping in SQLite's busy handler until the other commits; and every one of them succeeds.
/// </summary>
public sealed class ConcurrentMutationsTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const int Comments = 24;
    private const int Submissions = 8;

    private const string Comment = """
        mutation($input: AddCaseCommentInput!) {
          addCaseComment(input: $input) { comment { id } errors { ... on Error { code message } } }
        }
        """;

    [Fact]
    public async Task Mutations_sent_at_once_all_succeed_and_no_transaction_begins_while_another_is_open()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var (affiliate, requester) = (await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey), (await server.GraphQL.PersonAsync(RequestSubmission.RequesterName)).Id);
        var (began, overlapping) = (server.Transactions.Began, server.Transactions.BeganWhileAnotherWasOpen);

        var comments = Enumerable.Range(1, Comments).Select(i =>
            server.GraphQL.DataAsync(Comment, new { input = new { requestId = request.Id, body = $"Concurrent comment {i}" } }));
        var submissions = Enumerable.Range(1, Submissions).Select(_ => server.GraphQL.DataAsync(RequestSubmission.Mutation, new { input = RequestSubmission.ValidInput(affiliate, requester) }));
        var answers = await Task.WhenAll(comments.Concat(submissions));

        Assert.All(answers.Take(Comments), data => ShouldSucceed(data["addCaseComment"], "comment"));
        Assert.All(answers.Skip(Comments), data => ShouldSucceed(data["submitRequest"], "helpRequest"));
        Assert.True(server.Transactions.Began - began >= Comments + Submissions,
            $"{server.Transactions.Began - began} transactions for {Comments + Submissions} mutations: the watch missed some.");
        Assert.Equal(0, server.Transactions.BeganWhileAnotherWasOpen - overlapping);
    }
}
