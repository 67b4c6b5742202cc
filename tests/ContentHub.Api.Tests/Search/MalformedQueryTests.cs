using System.Diagnostics;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Search;

/// <summary>Whatever a person types into the search box is answered: invalid syntax is read as plain words, never an error.</summary>
public sealed class MalformedQueryTests(IndexedContentHubServer server) : IClassFixture<IndexedContentHubServer>
{
    private const string Search = """
        query($query: String!, $language: String) {
          searchKnowledgeBase(query: $query, language: $language, first: 5) { totalCount readAsPlainWords nodes { article { key } } }
        }
        """;

    /// <summary>A typed string and whether it is invalid search syntax.</summary>
    public static TheoryData<string, bool> TypedQueries => new()
    {
        { "\"unbalanced", true },
        { "AND", true },
        { "(((", true },
        { "title:", true },
        { "*wild", true },
        { "~", true },
        { "\\", true },
        { "a:b:c", true },
        { "[1 TO", true },
        { "'; DROP TABLE articles; --", true },
        { "📷 🖼️ 🏛️", false },
        { "the and of", false },
        { "\"chunked upload\" +pattypan -video", false },
        { new string('(', 1000), true },
        { string.Concat(Enumerable.Repeat("glass plate ", 84))[..1000], false },
    };

    [Theory]
    [MemberData(nameof(TypedQueries))]
    public async Task Any_typed_query_is_answered_and_invalid_syntax_is_reported(string query, bool invalidSyntax)
    {
        var response = await server.GraphQL.SendAsync(Search, new { query });

        Assert.Equal(200, response.Status);
        Assert.True(response.Errors is null, response.Body);
        var result = response.Data!["searchKnowledgeBase"]!;
        Assert.Equal(invalidSyntax, result["readAsPlainWords"]!.GetValue<bool>());
        Assert.True(result["nodes"].Items().Count <= result["totalCount"].Int(), response.Body);
    }

    [Theory]
    [InlineData("\"pattypan")]
    [InlineData("pattypan:")]
    [InlineData("pattypan &&")]
    [InlineData("pattypan^")]
    // Operator words are not special characters: escaping alone leaves them invalid.
    [InlineData("pattypan AND")]
    [InlineData("AND pattypan")]
    [InlineData("pattypan OR")]
    public async Task Invalid_syntax_still_finds_the_words_it_holds(string query)
    {
        var result = (await server.GraphQL.DataAsync(Search, new { query, language = "en" }))["searchKnowledgeBase"]!;

        Assert.True(result["readAsPlainWords"]!.GetValue<bool>());
        Assert.Equal("kb-pattypan-batch-uploads", result["nodes"].Items().FirstOrDefault()?["article"]?["key"]?.GetValue<string>());
    }

    [Fact]
    public async Task Only_stop_words_find_nothing_rather_than_everything()
    {
        // Every English article has "the", "and" and "of"; matching them would return the whole knowledge base.
        var result = (await server.GraphQL.DataAsync(Search, new { query = "the and of", language = "en" }))["searchKnowledgeBase"]!;

        Assert.Equal(0, result["totalCount"].Int());
    }

    [Fact]
    public async Task A_query_of_1000_characters_of_fuzzy_terms_is_answered_within_two_seconds()
    {
        // Within the length limit, yet each "a~" expands to every short term of 26 language fields:
        // unbounded, this took 13 s of server time.
        var query = string.Concat(Enumerable.Repeat("a~ ", 334))[..1000];
        var clock = Stopwatch.StartNew();

        var response = await server.GraphQL.SendAsync(Search, new { query });

        Assert.True(response.Errors is null, response.Body);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The search took {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    [Fact]
    public async Task A_query_over_1000_characters_is_refused_as_too_long()
    {
        var response = await server.GraphQL.SendAsync(Search, new { query = new string('a', 1001) });

        Assert.Equal(200, response.Status);
        Assert.Equal("QUERY_TOO_LONG", response.FirstErrorCode);
        Assert.Null(response.Data);
    }
}
