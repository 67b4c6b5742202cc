using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using ContentHub.Api.Tests.Search;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Matching;

/// <summary>
/// Matching keeps each hub's team figures (track records, open hours) between calls, stamped with
/// the newest event that moves a case or its team. A class of its own: it takes a queue case, and
/// <see cref="ExpertMatchTests"/> depends on which queue cases its own tests get.
/// </summary>
public sealed class TeamFiguresFreshnessTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task An_assignment_after_a_match_counts_in_the_next_one_even_with_comments_after_it()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        (string, string)[] skills = [("copyright-licensing", "EXPERT"), ("partnership-agreements", "EXPERT")];
        var expert = await GraphQL.CreateExpertAsync("Tobias Hartmann", ["sv", "en"], skills, capacity: 20);
        var request = await GraphQL.SubmitAsync(new RequestText(
            "Licensing scanned posters", "Which licence can an archive choose for posters whose designer died in 1948?",
            "en", ["legal-licensing"], ["COMMONS"], "ARCHIVE"));
        var before = (await GraphQL.ExpertMatchesAsync(request, first: 20)).Single(m => m.ExpertId == expert);

        // The newest events of the hub are comments after this, which move no team.
        var queued = await server.TakeQueueCaseAsync();
        ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = expert, estimatedHours = 20, expectedVersion = queued.Version }), "helpRequest");
        foreach (var body in new[] { "Scans arrive on Monday.", "The designer's heirs have been asked." })
        {
            var comment = await GraphQL.DataAsync(
                "mutation($input: AddCaseCommentInput!) { addCaseComment(input: $input) { comment { id } errors { ... on Error { code message } } } }",
                new { input = new { requestId = queued.Id, body } });
            ShouldSucceed(comment["addCaseComment"], "comment");
        }

        var after = (await GraphQL.ExpertMatchesAsync(request, first: 20)).Single(m => m.ExpertId == expert);
        Assert.Equal((1, 0), (before.Values["AVAILABILITY"], after.Values["AVAILABILITY"]));
        Assert.Contains(after.Warnings, w => w.StartsWith("over capacity", StringComparison.Ordinal));
    }
}
