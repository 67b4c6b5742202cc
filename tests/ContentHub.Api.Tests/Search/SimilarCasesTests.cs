using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Search;

/// <summary>similarCases, suggestedArticles and suggestForDraft: past cases and published answers for a request, never the request itself.</summary>
public sealed class SimilarCasesTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private const string ResolveMutation = """
        mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { id } errors { ... on Error { code message } } } }
        """;

    private GraphQLClient GraphQL => server.GraphQL;

    public static TheoryData<SeededCaseParaphrase> Paraphrases => [SeededCaseParaphrases.PattypanLargeTiffs, SeededCaseParaphrases.GlassPlateNegatives];

    [Fact]
    public async Task A_case_never_lists_itself_not_even_beside_its_identical_twin()
    {
        var text = LighthouseRequest("Twin requests about wobbegong plate cameras", "wobbegong");
        var first = await GraphQL.SubmitAsync(text);
        var second = await GraphQL.SubmitAsync(text);

        var similarToFirst = await GraphQL.SimilarCasesAsync(first, first: 20);
        var similarToSecond = await GraphQL.SimilarCasesAsync(second, first: 20);

        Assert.DoesNotContain(similarToFirst, hit => hit.Id == first);
        Assert.Equal(second, similarToFirst[0].Id);
        Assert.DoesNotContain(similarToSecond, hit => hit.Id == second);
        Assert.Equal(first, similarToSecond[0].Id);
    }

    [Fact]
    public async Task A_seeded_case_never_lists_itself()
    {
        var seeded = await GraphQL.RequestIdByTitleAsync(SeededCaseParaphrases.GlassPlateNegatives.SeededTitle);

        var similar = await GraphQL.SimilarCasesAsync(seeded, first: 20);

        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, hit => hit.Id == seeded);
    }

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public async Task A_request_paraphrasing_a_resolved_case_finds_it_in_its_top_three(SeededCaseParaphrase seeded)
    {
        var seededId = await GraphQL.RequestIdByTitleAsync(seeded.SeededTitle);
        var request = await GraphQL.SubmitAsync(seeded.Paraphrase);

        var similar = await GraphQL.SimilarCasesAsync(request, first: 3);

        var match = Assert.Single(similar, hit => hit.Id == seededId);
        Assert.Equal("RESOLVED", match.Status);
        Assert.False(string.IsNullOrWhiteSpace(match.Reason));
    }

    [Fact]
    public async Task Once_resolved_a_case_is_offered_to_related_requests_as_resolved()
    {
        var earlier = await GraphQL.SubmitAsync(LighthouseRequest("Quokkagraph plates from a lighthouse keeper", "quokkagraph"));
        var related = await GraphQL.SubmitAsync(LighthouseRequest("More quokkagraph plates from a second lighthouse", "quokkagraph"));
        var before = Assert.Single(await GraphQL.SimilarCasesAsync(related, first: 20), hit => hit.Id == earlier);
        Assert.DoesNotContain("resolved", before.Reason, StringComparison.OrdinalIgnoreCase);

        await ResolveAsync(earlier, "Scanned on a flatbed and uploaded with Pattypan.");

        var after = Assert.Single(await GraphQL.SimilarCasesAsync(related, first: 20), hit => hit.Id == earlier);
        Assert.Contains("resolved", after.Reason, StringComparison.OrdinalIgnoreCase);
        var later = await GraphQL.SubmitAsync(LighthouseRequest("A third lighthouse with quokkagraph plates", "quokkagraph"));
        var offered = Assert.Single(await GraphQL.SimilarCasesAsync(later, first: 20), hit => hit.Id == earlier);
        Assert.Equal("RESOLVED", offered.Status);
        Assert.Contains("resolved", offered.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_answer_of_a_resolved_case_is_searched_too()
    {
        var answered = await GraphQL.SubmitAsync(LighthouseRequest("Lighthouse plates that are mouldy", "mould"));
        var draft = new RequestText("How do we use a snorkelwick?", "Someone told us a snorkelwick is what we need.", "en", ["knowledge"], ["COMMONS"], "MUSEUM");
        Assert.NotEqual(answered, (await GraphQL.SuggestForDraftAsync(draft)).Cases.FirstOrDefault()?.Id);

        await ResolveAsync(answered, "We cleaned the plates with a snorkelwick before scanning them.");

        var best = (await GraphQL.SuggestForDraftAsync(draft)).Cases[0];
        Assert.Equal(answered, best.Id);
        Assert.Contains("snorkelwick", best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_suggestions_find_cases_and_articles_but_file_nothing()
    {
        var seeded = SeededCaseParaphrases.PattypanLargeTiffs;
        var seededId = await GraphQL.RequestIdByTitleAsync(seeded.SeededTitle);
        var countBefore = await GraphQL.RequestCountAsync();

        var (cases, articles) = await GraphQL.SuggestForDraftAsync(seeded.Paraphrase);

        Assert.Contains(cases.Take(3), hit => hit.Id == seededId);
        Assert.Contains(articles, hit => hit.Key == "kb-pattypan-batch-uploads");
        Assert.Equal(countBefore, await GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task Only_published_articles_are_suggested()
    {
        const string body = "Dry every frobnitzer plate before it is scanned, then upload the frobnitzer scans.";
        var published = await GraphQL.CreateArticleAsync("kb-test-frobnitzer-published", body, "PUBLISHED");
        var draft = await GraphQL.CreateArticleAsync("kb-test-frobnitzer-draft", body, "DRAFT");
        var archived = await GraphQL.CreateArticleAsync("kb-test-frobnitzer-archived", body, "ARCHIVED");
        Assert.Equal([draft], (await GraphQL.SearchAsync("frobnitzer", status: "DRAFT")).ArticleIds());
        var text = LighthouseRequest("Frobnitzer plates to scan and upload", "frobnitzer");
        var request = await GraphQL.SubmitAsync(text);

        var suggested = await GraphQL.SuggestedArticlesAsync(request, first: 20);
        var forDraft = (await GraphQL.SuggestForDraftAsync(text, first: 20)).Articles;

        foreach (var articles in new[] { suggested, forDraft })
        {
            Assert.Equal(published, articles[0].Id);
            Assert.DoesNotContain(articles, a => a.Id == draft || a.Id == archived);
            Assert.All(articles, a => Assert.Equal("PUBLISHED", a.Status));
        }
    }

    /// <summary>A request about an invented kind of photographic plate, so only the test's own cases share the word.</summary>
    private static RequestText LighthouseRequest(string title, string plateWord) => new(
        title,
        $"A small maritime museum holds 300 {plateWord} plates made by a lighthouse keeper around 1900. "
        + $"We want to scan the {plateWord} plates, upload them to Commons and describe the lighthouses on Wikidata.",
        "en", ["upload-tooling", "metadata-modelling"], ["COMMONS", "WIKIDATA"], "MUSEUM");

    private async Task ResolveAsync(string id, string resolution)
    {
        var data = await GraphQL.DataAsync(ResolveMutation, new { input = new { id, expectedVersion = 1, resolution } });
        PayloadErrors.ShouldSucceed(data["resolveRequest"], "helpRequest");
    }
}
