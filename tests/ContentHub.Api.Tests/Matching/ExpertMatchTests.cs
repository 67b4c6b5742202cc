using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using ContentHub.Api.Tests.Search;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;
using static ContentHub.Api.Tests.Matching.MatchingCalls;

namespace ContentHub.Api.Tests.Matching;

/// <summary>
/// HelpRequest.expertMatches through the real server: new experts resolve new cases about made-up
/// subjects nobody else has touched, so what ranks them is this test's doing, not the seed's.
/// </summary>
public sealed class ExpertMatchTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task An_expert_who_resolved_a_similar_case_in_the_requests_language_ranks_first()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        // Equal in all but language, and as skilled in hands-on work as the seed's best.
        var swedishSpeaking = await GraphQL.CreateExpertAsync("Henrik Sjöberg", ["sv", "en"], HandsOnSkills);
        var englishOnly = await GraphQL.CreateExpertAsync("Ebba Granlund", ["en"], HandsOnSkills);
        const string answer = "Wobbegongkamerans quokkaplåtar skannades och numbatarkivets metadata mappades innan uppladdningen.";
        var resolvedCase = new RequestText(
            "Quokkaplåtar att skanna", "Numbatarkivet vill skanna quokkaplåtar och ladda upp dem.", "sv", ["hands-on"], ["COMMONS"], "ARCHIVE");
        await GraphQL.ResolveNewCaseAsync(resolvedCase, swedishSpeaking, answer);
        await GraphQL.ResolveNewCaseAsync(resolvedCase, englishOnly, answer);
        var request = await GraphQL.SubmitAsync(new RequestText(
            "Quokkaplåtar från wobbegongkameran i numbatarkivet",
            "Numbatarkivet har hundratals quokkaplåtar tagna med wobbegongkameran. Hur skannar vi quokkaplåtarna och vad gör vi med metadatan?",
            "sv", ["hands-on"], ["COMMONS"], "ARCHIVE"));

        var matches = await GraphQL.ExpertMatchesAsync(request);

        var first = matches[0];
        Assert.Equal(swedishSpeaking, first.ExpertId);
        Assert.Single(first.SimilarResolvedCases);
        Assert.Equal(1, first.Values["LANGUAGE"]);
        Assert.Contains("similar case", first.Reason);
        Assert.All(matches.Skip(1), other => Assert.True(first.Values["TOPIC"] >= other.Values["TOPIC"]));
        var rival = Assert.Single(matches, m => m.ExpertId == englishOnly);
        Assert.True(rival.Values["TOPIC"] > 0, "the English-only expert resolved a similar case too");
        Assert.Equal(0, rival.Values["LANGUAGE"]);
        Assert.All(matches, m => Assert.Equal(m.Score, m.ContributionSum, 9));
    }

    [Fact]
    public async Task An_away_expert_is_not_proposed()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        var expert = await GraphQL.CreateExpertAsync("Anders Wallin", ["sv", "en"], HandsOnSkills);
        await GraphQL.ResolveNewCaseAsync(
            new RequestText("Kasuarmuseets dugongdiabilder", "Kasuarmuseet har dugongdiabilder att dela.", "sv", ["hands-on"], ["COMMONS"], "MUSEUM"),
            expert, "Dugongdiabilderna från kasuarmuseet laddades upp i tre omgångar.");
        var request = await GraphQL.SubmitAsync(new RequestText(
            "Dugongdiabilder från kasuarmuseet", "Kasuarmuseet vill dela sina dugongdiabilder. Hur laddar vi upp dugongdiabilderna?",
            "sv", ["hands-on"], ["COMMONS"], "MUSEUM"));
        Assert.Equal(expert, (await GraphQL.ExpertMatchesAsync(request))[0].ExpertId);

        await GraphQL.SetAwayUntilAsync(expert, CaseTeamCalls.DaysFromToday(14));

        Assert.DoesNotContain(await GraphQL.ExpertMatchesAsync(request, first: 20, includeExternal: true), m => m.ExpertId == expert);
    }

    [Fact]
    public async Task An_overloaded_expert_ranks_below_an_equal_free_one()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        (string, string)[] skills = [("copyright-licensing", "EXPERT"), ("partnership-agreements", "EXPERT")];
        var busy = await GraphQL.CreateExpertAsync("Maria Ekström", ["sv", "en"], skills, capacity: 20);
        var free = await GraphQL.CreateExpertAsync("Johanna Nyqvist", ["sv", "en"], skills, capacity: 20);
        var queued = await server.TakeQueueCaseAsync();
        ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = busy, estimatedHours = 20, expectedVersion = queued.Version }), "helpRequest");
        var request = await GraphQL.SubmitAsync(new RequestText(
            "Licensing a photographer's estate", "Which licence can a museum choose for photographs whose photographer died in 1950?",
            "en", ["legal-licensing"], ["COMMONS"], "MUSEUM"));

        var matches = (await GraphQL.ExpertMatchesAsync(request)).ToList();

        var busyAt = matches.FindIndex(m => m.ExpertId == busy);
        var freeAt = matches.FindIndex(m => m.ExpertId == free);
        Assert.True(freeAt >= 0 && busyAt >= 0, "both equal experts are proposed");
        Assert.True(freeAt < busyAt, $"the free expert ({freeAt}) ranks above the overloaded one ({busyAt})");
        Assert.Equal((0, 1), (matches[busyAt].Values["AVAILABILITY"], matches[freeAt].Values["AVAILABILITY"]));
        Assert.Contains(matches[busyAt].Warnings, w => w.StartsWith("over capacity", StringComparison.Ordinal));
        Assert.Empty(matches[freeAt].Warnings);
    }

    [Fact]
    public async Task External_experts_appear_only_when_asked_or_when_no_internal_expert_fits()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        var request = await GraphQL.SubmitAsync(SeededCaseParaphrases.GlassPlateNegatives.Paraphrase);

        var internalOnly = await GraphQL.ExpertMatchesAsync(request, first: 20);
        var withExternal = await GraphQL.ExpertMatchesAsync(request, first: 20, includeExternal: true);

        Assert.NotEmpty(internalOnly);
        Assert.All(internalOnly, m => Assert.Equal("INTERNAL", m.Kind));
        Assert.Contains(withExternal, m => m.Kind == "EXTERNAL");
        Assert.All(withExternal.Where(m => m.Kind == "EXTERNAL"), m => Assert.Contains(m.Warnings, w => w.StartsWith("external", StringComparison.Ordinal)));

        // A hub that holds its staff to a bar none of them reaches turns to external experts unasked.
        var before = await PolicyAsync();
        try
        {
            ShouldSucceed(await UpdatePolicyAsync(new { minimumInternalScore = 1.0 }), "matchingPolicy");
            Assert.Contains(await GraphQL.ExpertMatchesAsync(request, first: 20), m => m.Kind == "EXTERNAL");
        }
        finally
        {
            ShouldSucceed(await UpdatePolicyAsync(new { minimumInternalScore = before["minimumInternalScore"]!.GetValue<double>() }), "matchingPolicy");
        }
    }

    [Fact]
    public async Task The_hubs_weights_decide_the_ranking()
    {
        await GraphQL.WaitUntilSearchIndexReadyAsync();
        var request = await GraphQL.SubmitAsync(SeededCaseParaphrases.GlassPlateNegatives.Paraphrase);
        var before = await PolicyAsync();
        try
        {
            // Only free capacity counts: the ranking must follow it exactly.
            ShouldSucceed(await UpdatePolicyAsync(new
            {
                topicWeight = 0.0, skillWeight = 0.0, languageWeight = 0.0, regionWeight = 0.0, experienceWeight = 0.0, availabilityWeight = 1.0,
                internalPreferenceWeight = 0.0,
            }), "matchingPolicy");

            var matches = await GraphQL.ExpertMatchesAsync(request, first: 20);

            Assert.Equal(matches.Select(m => m.Values["AVAILABILITY"]).OrderDescending(), matches.Select(m => m.Values["AVAILABILITY"]));
            Assert.All(matches, m => Assert.Equal(m.Values["AVAILABILITY"], m.Score, 9));
        }
        finally
        {
            ShouldSucceed(await UpdatePolicyAsync(before), "matchingPolicy");
        }
    }

    [Fact]
    public async Task A_policy_without_any_weight_or_with_a_negative_one_is_refused_and_changes_nothing()
    {
        var before = await PolicyAsync();

        ShouldFailWith(await UpdatePolicyAsync(new { skillWeight = -1.0 }), "matchingPolicy", new PayloadError("VALIDATION_FAILED", "input.skillWeight"));
        ShouldFailWith(await UpdatePolicyAsync(new
        {
            topicWeight = 0.0, skillWeight = 0.0, languageWeight = 0.0, regionWeight = 0.0, experienceWeight = 0.0, availabilityWeight = 0.0,
            internalPreferenceWeight = 0.0,
        }), "matchingPolicy", new PayloadError("VALIDATION_FAILED", "input"));
        ShouldFailWith(await UpdatePolicyAsync(new { minimumInternalScore = 1.5 }), "matchingPolicy", new PayloadError("VALIDATION_FAILED", "input.minimumInternalScore"));

        Assert.Equal(before.Compact(), (await PolicyAsync()).Compact());
    }

    private const string PolicyFields =
        "topicWeight skillWeight languageWeight regionWeight experienceWeight availabilityWeight internalPreferenceWeight minimumInternalScore defaultAssignmentHours";

    private async Task<System.Text.Json.Nodes.JsonNode> PolicyAsync() =>
        (await GraphQL.DataAsync($"{{ currentHub {{ matchingPolicy {{ {PolicyFields} }} }} }}"))["currentHub"]!["matchingPolicy"]!;

    private async Task<System.Text.Json.Nodes.JsonNode?> UpdatePolicyAsync(object input) =>
        (await GraphQL.DataAsync(
            $"mutation($input: UpdateMatchingPolicyInput!) {{ updateMatchingPolicy(input: $input) {{ matchingPolicy {{ {PolicyFields} }} errors {{ ... on Error {{ code message }} ... on ValidationError {{ field }} }} }} }}",
            new { input }))["updateMatchingPolicy"];
}
