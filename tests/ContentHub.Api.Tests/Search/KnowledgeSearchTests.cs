using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Search;

/// <summary>searchKnowledgeBase: sees its own writes at once, filters by status and tags, stems, counts tags, pages and highlights.</summary>
public sealed class KnowledgeSearchTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_published_article_is_found_by_the_very_next_search()
    {
        var id = await GraphQL.CreateArticleAsync("kb-test-zorblaxian-scanner", "Calibrate the zorblaxian scanner before every batch.", "PUBLISHED");

        var hits = await GraphQL.SearchAsync("zorblaxian");

        Assert.Equal([id], hits.ArticleIds());
        Assert.Equal(1, hits["totalCount"].Int());
    }

    [Fact]
    public async Task A_draft_is_found_only_when_drafts_are_asked_for()
    {
        var id = await GraphQL.CreateArticleAsync("kb-test-quillophane-draft", "Wrap quillophane sleeves around each lantern slide.", "DRAFT");

        Assert.Empty((await GraphQL.SearchAsync("quillophane")).ArticleIds());
        Assert.Equal([id], (await GraphQL.SearchAsync("quillophane", status: "DRAFT")).ArticleIds());
        Assert.Empty((await GraphQL.SearchAsync("quillophane", status: "ARCHIVED")).ArticleIds());
    }

    [Fact]
    public async Task An_edit_that_drops_a_word_drops_the_article_from_that_words_hits()
    {
        var id = await GraphQL.CreateArticleAsync("kb-test-vextrolume-edit", "Measure the vextrolume of every scan.", "PUBLISHED");
        Assert.Equal([id], (await GraphQL.SearchAsync("vextrolume")).ArticleIds());

        await GraphQL.UpdateArticleBodyAsync(id, expectedVersion: 1, "Measure the plinkertude of every scan.");

        Assert.Empty((await GraphQL.SearchAsync("vextrolume")).ArticleIds());
        Assert.Equal([id], (await GraphQL.SearchAsync("plinkertude")).ArticleIds());
    }

    [Fact]
    public async Task A_Swedish_search_finds_an_inflected_form_the_article_never_writes()
    {
        // "mappar" is the plural of "mapp" (folder); the Pattypan article only says "mapp" and "mappen".
        const string query = "mappar";

        var hits = await GraphQL.SearchWithSnippetsAsync(query, language: "sv");

        var hit = hits.Hits()[0];
        var article = hit["article"]!;
        Assert.Equal("kb-sv-pattypan-massuppladdning", article["key"].Text());
        Assert.DoesNotContain(query, article["title"].Text() + "\n" + article["body"].Text(), StringComparison.OrdinalIgnoreCase);
        var marked = Highlighted(hit).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.StartsWith("mapp", word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_searchers_language_puts_its_own_translation_first()
    {
        var english = await GraphQL.SearchAsync("Pattypan", language: "en");
        var swedish = await GraphQL.SearchAsync("Pattypan", language: "sv");

        Assert.Equal("kb-pattypan-batch-uploads", english.ArticleKeys()[0]);
        Assert.Equal("kb-sv-pattypan-massuppladdning", swedish.ArticleKeys()[0]);
    }

    [Fact]
    public async Task A_tag_filter_keeps_exactly_the_hits_that_carry_the_tag()
    {
        var all = await GraphQL.SearchAsync("photographs", first: 100);
        var tagged = await GraphQL.SearchAsync("photographs", tags: ["copyright"], first: 100);

        Assert.NotEmpty(tagged.Hits());
        Assert.All(tagged.Hits(), hit => Assert.Contains("copyright", hit.Tags()));
        Assert.Equal(all.Hits().Where(h => h.Tags().Contains("copyright")).Select(h => h["article"]!["key"].Text()), tagged.ArticleKeys());
        Assert.True(tagged["totalCount"].Int() < all["totalCount"].Int(), "The filter should have narrowed the hits.");
    }

    [Fact]
    public async Task Every_hit_carries_all_the_tags_asked_for()
    {
        var hits = await GraphQL.SearchAsync("photographs", tags: ["copyright", "commons"], first: 100);

        Assert.NotEmpty(hits.Hits());
        Assert.All(hits.Hits(), hit => Assert.Superset(new HashSet<string> { "copyright", "commons" }, hit.Tags().ToHashSet()));
    }

    [Fact]
    public async Task Tag_counts_count_every_hit_of_the_search_not_just_the_page()
    {
        var page = await GraphQL.SearchAsync("photographs", first: 2);
        var all = await GraphQL.SearchAsync("photographs", first: 100);
        var tagged = await GraphQL.SearchAsync("photographs", tags: ["copyright"], first: 2);

        Assert.True(all["totalCount"].Int() > 2 && all.Hits().Count == all["totalCount"].Int(), all.Compact());
        Assert.Equal(all["totalCount"].Int(), page["totalCount"].Int());
        var counted = all.Hits().SelectMany(h => h.Tags()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(counted.OrderBy(c => c.Key), page.TagCounts().OrderBy(c => c.Key));
        Assert.Equal(tagged["totalCount"].Int(), tagged.TagCounts()["copyright"]);
        Assert.Equal(page.TagCounts()["copyright"], tagged["totalCount"].Int());
    }

    [Fact]
    public async Task Snippets_are_passages_of_the_body_whose_highlights_mark_words_of_the_query()
    {
        const string query = "chunked uploads of large TIFF files";
        var stems = query.Split(' ').Where(w => w.Length >= 4).Select(w => w[..4].ToLowerInvariant()).ToList();

        var hits = await GraphQL.SearchWithSnippetsAsync(query, language: "en");

        Assert.NotEmpty(hits.Hits());
        foreach (var hit in hits.Hits())
        {
            var body = hit["article"]!["body"].Text();
            foreach (var snippet in hit["snippets"].Items())
            {
                var text = snippet["text"].Text();
                Assert.Contains(text, body, StringComparison.Ordinal);
                foreach (var range in snippet["highlights"].Items())
                {
                    var (start, length) = (range["start"].Int(), range["length"].Int());
                    Assert.True(start >= 0 && length > 0 && start + length <= text.Length, $"({start}, {length}) lies outside a snippet of {text.Length}: {text}");
                }
            }

            var marked = Highlighted(hit).ToList();
            Assert.NotEmpty(marked);
            Assert.All(marked, word => Assert.Contains(stems, stem => word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public async Task Pages_are_disjoint_and_together_give_the_ranked_hits()
    {
        var everything = await GraphQL.SearchAsync("Commons", first: 100);
        var total = everything["totalCount"].Int();
        Assert.True(total > 20, $"Too few hits to page through: {total}");

        var paged = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = await GraphQL.SearchAsync("Commons", first: 7, after: after);
            Assert.Equal(total, page["totalCount"].Int());
            Assert.Empty(paged.Intersect(page.ArticleIds()));
            paged.AddRange(page.ArticleIds());
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() && paged.Count <= total);

        Assert.Equal(everything.ArticleIds(), paged);
    }

    /// <summary>The words a hit's snippets mark, as they stand in the text.</summary>
    private static IEnumerable<string> Highlighted(JsonNode hit) =>
        hit["snippets"].Items().SelectMany(snippet => snippet["highlights"].Items().Select(range =>
            snippet["text"].Text().Substring(range["start"].Int(), range["length"].Int())));
}
