using System.Diagnostics;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Limits;

/// <summary>
/// Documents whose size alone would keep validation busy are refused before it runs (the fuzz
/// test found a 35 kB chain of fragments that took over a minute to validate).
/// </summary>
public sealed class DocumentSizeLimitTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task A_document_with_more_selections_than_allowed_is_refused()
    {
        // 501 × (currentHub + name) = 1,002 selections; the default allows 1,000.
        var response = await server.GraphQL.SendAsync("{ " + string.Concat(Enumerable.Repeat("currentHub { name } ", 501)) + "}");

        Assert.Equal(400, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_document_with_more_fragments_than_allowed_is_refused()
    {
        var fragments = Enumerable.Range(0, 101).Select(i => $"fragment F{i} on Query {{ __typename }}");
        var response = await server.GraphQL.SendAsync("{ " + string.Join(' ', Enumerable.Range(0, 101).Select(i => $"...F{i}")) + " } " + string.Join(' ', fragments));

        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData(16, "DOCUMENT_TOO_LARGE")]
    [InlineData(14, null)]
    public async Task Fragments_spread_inside_fragments_may_nest_as_deep_as_fields(int chain, string? code)
    {
        var response = await server.GraphQL.SendAsync(Chain(chain));

        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_chain_of_a_thousand_fragments_is_answered_at_once()
    {
        var clock = Stopwatch.StartNew();

        var response = await server.GraphQL.SendAsync(Chain(1_000).Replace("{ ...F0 }", "{ __typename }", StringComparison.Ordinal));

        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Took {clock.Elapsed}.");
    }

    [Fact]
    public async Task A_long_document_is_refused_before_it_is_parsed()
    {
        // A syntax error at the end of a long line: the parser's message for it took a minute at 180,000 characters.
        var clock = Stopwatch.StartNew();

        var response = await server.GraphQL.SendAsync("{ requests(where: { title: { eq: \"" + new string('a', 180_000) + "\" } } oops: { : 1 }) { totalCount } }");

        Assert.Equal(400, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Took {clock.Elapsed}.");
    }

    [Theory]
    [InlineData("{ currentHub ", "{ a ", "} ", " }")]
    [InlineData("{ requests(where: ", "{ and: [", "] } ", ") { totalCount } }")]
    public async Task A_document_nested_too_deep_to_parse_is_refused_with_a_code_not_an_internal_error(string before, string open, string close, string after)
    {
        // Found by the fuzz test: the parser's depth guard surfaced as INTERNAL_SERVER_ERROR.
        var response = await server.GraphQL.SendAsync(before + string.Concat(Enumerable.Repeat(open, 200)) + string.Concat(Enumerable.Repeat(close, 200)) + after);

        Assert.Equal(400, response.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Long_text_in_variables_is_not_counted_against_the_document()
    {
        var data = await server.GraphQL.DataAsync("query($t: String) { requests(where: { title: { eq: $t } }) { totalCount } }", new { t = new string('a', 180_000) });

        Assert.Equal(0, data["requests"]!["totalCount"].Int());
    }

    [Fact]
    public async Task Variable_definitions_count_as_selections()
    {
        var response = await server.GraphQL.SendAsync("query(" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"$v{i}: Int ")) + ") { __typename }");

        Assert.Equal("DOCUMENT_TOO_LARGE", response.FirstErrorCode);
    }

    /// <summary><c>{ ...F0 }</c>, where F0 spreads F1 … up to F<paramref name="length"/>−1, which selects a field.</summary>
    private static string Chain(int length) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, length - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} "))
        + $"fragment F{length - 1} on Query {{ currentHub {{ name }} }}";
}
