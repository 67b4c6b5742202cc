using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Workflow;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// Assignments of one expert to different cases at the same moment cannot together take the expert
/// past their capacity: each checks the hours the others saved. (Each case's version guards only
/// its own team, so two cases' assignments had both passed the check on the same open hours.)
/// </summary>
public sealed class CapacityRaceTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const int Racers = 6;

    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task Of_assignments_racing_for_an_experts_last_free_hours_only_one_gets_them()
    {
        var cases = new List<(string Id, int Version)>();
        for (var i = 0; i < Racers; i++)
        {
            var submitted = await RequestSubmission.SubmitAsync(GraphQL);
            await GraphQL.StepAsync("triageRequest", submitted.Id, expectedVersion: 1);
            cases.Add((submitted.Id, (await GraphQL.CaseAsync(submitted.Id))["version"].Int()));
        }

        var maja = await GraphQL.ExpertIdAsync("Maja Holm"); // 28 hours a month
        var (open, free) = await GraphQL.ExpertHoursAsync(maja);
        Assert.True(free > 0, $"Maja Holm has no free hours in the seed ({open} open).");

        var answers = await Task.WhenAll(cases.Select(c => GraphQL.AssignAsync(new { requestId = c.Id, expertId = maja, estimatedHours = free, expectedVersion = c.Version })));

        var codes = answers.Select(answer => answer["errors"].Items().Select(e => e["code"].Text()).SingleOrDefault() ?? "ASSIGNED").ToList();
        Assert.Equal(1, codes.Count(code => code == "ASSIGNED"));
        Assert.All(codes.Where(code => code != "ASSIGNED"), code => Assert.Equal("OVER_CAPACITY", code));
        Assert.Equal((open + free, 0), await GraphQL.ExpertHoursAsync(maja));
    }
}
