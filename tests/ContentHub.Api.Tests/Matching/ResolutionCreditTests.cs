using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using ContentHub.Api.Tests.Search;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;
using static ContentHub.Api.Tests.Matching.MatchingCalls;

namespace ContentHub.Api.Tests.Matching;

/// <summary>
/// Who resolved a case, as expertMatches credits it: the experts on the case when it was resolved.
/// </summary>
public sealed class ResolutionCreditTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task An_expert_released_before_the_case_was_resolved_is_not_credited_with_it()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        var stayed = await GraphQL.CreateExpertAsync("Mikko Laine", ["en"], HandsOnSkills);
        var released = await GraphQL.CreateExpertAsync("Tobias Hartmann", ["en"], HandsOnSkills);
        var (resolved, version) = await GraphQL.TriagedCaseAsync(new RequestText(
            "Bilby observatory negatives", "Kakapo negatives on glass to scan.", "en", ["hands-on"], ["COMMONS"], "ARCHIVE"));
        var assigned = await GraphQL.AssignAsync(new { requestId = resolved, expertId = released, estimatedHours = 4, expectedVersion = version });
        var release = await GraphQL.ReleaseAsync(new { assignmentId = ShouldSucceed(assigned, "assignment")["id"].Text(), note = "Moved to another project." });
        await GraphQL.ResolveWithAsync(
            resolved, ShouldSucceed(release, "helpRequest")["version"].Int(), stayed, "The kakapo glass negatives of the bilby observatory were scanned and uploaded in batches.");
        var request = await GraphQL.SubmitAsync(new RequestText(
            "Kakapo glass negatives from the bilby observatory",
            "The bilby observatory keeps kakapo glass negatives. How do we scan the kakapo negatives and upload them?",
            "en", ["hands-on"], ["COMMONS"], "ARCHIVE"));

        var matches = await GraphQL.ExpertMatchesAsync(request);

        Assert.Equal([resolved], Assert.Single(matches, m => m.ExpertId == stayed).SimilarResolvedCases);
        Assert.DoesNotContain(matches, m => m.ExpertId == released && m.SimilarResolvedCases.Contains(resolved));
    }
}
