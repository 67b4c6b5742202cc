using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Workflow;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Queries;

/// <summary>
/// A requests list filtered on status alone takes its <c>totalCount</c> from the counts the database
/// keeps per hub and status; any other filter counts the rows. Both must give the same number as
/// requests arrive and move, and a caller who sees only some cases gets their own total.
/// </summary>
public sealed class RequestTotalsTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    // Status conditions a list may be filtered on alone (null: no filter at all).
    private static readonly string?[] StatusConditions =
    [
        null,
        "status: { eq: SUBMITTED }",
        "status: { in: [SUBMITTED, TRIAGED, AWAITING_COMMITTEE, PRIORITISED] }",
        "status: { neq: RESOLVED }",
        "status: { nin: [RESOLVED, CLOSED] }",
    ];

    // True of every case, but another field: the list then counts its rows.
    private const string CountedRows = """title: { neq: "no case is called this" }""";

    [Fact]
    public async Task Totals_filtered_on_status_alone_match_the_counted_rows_as_requests_arrive_and_move()
    {
        await AssertKeptTotalsMatchCountedRowsAsync();
        var submittedBefore = await TotalAsync("status: { eq: SUBMITTED }");
        var triagedBefore = await TotalAsync("status: { eq: TRIAGED }");

        var id = await server.GraphQL.NewRequestAsync();
        Assert.Equal(submittedBefore + 1, await TotalAsync("status: { eq: SUBMITTED }"));
        await AssertKeptTotalsMatchCountedRowsAsync();

        ShouldSucceed(await server.GraphQL.StepAsync("triageRequest", id, 1), "helpRequest");
        Assert.Equal(submittedBefore, await TotalAsync("status: { eq: SUBMITTED }"));
        Assert.Equal(triagedBefore + 1, await TotalAsync("status: { eq: TRIAGED }"));
        await AssertKeptTotalsMatchCountedRowsAsync();
    }

    [Fact]
    public async Task A_caller_who_sees_some_cases_gets_the_total_of_those()
    {
        var karin = await server.SignInAsAsync("req-a-karin-blom");

        var data = await karin.DataAsync("{ requests(first: 100) { totalCount nodes { id } } }");

        var hers = data["requests"]!;
        Assert.Equal(hers["nodes"].Items().Count, hers["totalCount"].Int());
        Assert.True(hers["totalCount"].Int() < await TotalAsync(null), "She sees fewer cases than staff do.");
    }

    private async Task AssertKeptTotalsMatchCountedRowsAsync()
    {
        foreach (var condition in StatusConditions)
        {
            var counted = await TotalAsync(condition is null ? CountedRows : $"{condition}, {CountedRows}");
            Assert.Equal(counted, await TotalAsync(condition));
        }
    }

    private async Task<int> TotalAsync(string? where)
    {
        var arguments = where is null ? "first: 1" : $"first: 1, where: {{ {where} }}";
        return (await server.GraphQL.DataAsync($"{{ requests({arguments}) {{ totalCount }} }}"))["requests"]!["totalCount"].Int();
    }
}
