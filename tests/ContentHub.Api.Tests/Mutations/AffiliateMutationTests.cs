using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>createAffiliate / updateAffiliate: unique keys and names, codes and links validated, empty text clears.</summary>
public sealed class AffiliateMutationTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string AffiliateFields = "id key kind name countryCode region languages website updatedAt";

    private const string Create = $$"""
        mutation($input: CreateAffiliateInput!) {
          createAffiliate(input: $input) {
            affiliate { {{AffiliateFields}} }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on DuplicateError { field }
            }
          }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateAffiliateInput!) {
          updateAffiliate(input: $input) {
            affiliate { {{AffiliateFields}} }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
              ... on DuplicateError { field }
            }
          }
        }
        """;

    [Fact]
    public async Task Creates_an_affiliate_with_normalised_codes_that_the_list_then_holds()
    {
        var data = await server.GraphQL.DataAsync(Create, new
        {
            input = new { key = "test-create-user-group", kind = "USER_GROUP", name = "Test Create User Group", countryCode = "se", languages = new[] { "SV", "en" }, website = "https://example.org/" },
        });

        var created = ShouldSucceed(data["createAffiliate"], "affiliate");
        Assert.Equal("USER_GROUP", created["kind"].Text());
        Assert.Equal("SE", created["countryCode"].Text());
        Assert.Equal(["sv", "en"], created["languages"].Items().Select(l => l.Text()));
        Assert.Equal("https://example.org/", created["website"].Text());
        Assert.Equal(created["id"].Text(), await server.GraphQL.AffiliateIdAsync("test-create-user-group"));
    }

    [Fact]
    public async Task A_taken_key_or_name_is_a_duplicate_and_nothing_is_created()
    {
        var countBefore = await AffiliateCountAsync();

        var takenKey = await server.GraphQL.DataAsync(Create, new { input = new { key = "wikimedia-sverige", kind = "CHAPTER", name = "A new name" } });
        var takenName = await server.GraphQL.DataAsync(Create, new { input = new { key = "a-new-key", kind = "CHAPTER", name = "Wikimedia Sverige" } });

        ShouldFailWith(takenKey["createAffiliate"], "affiliate", new PayloadError("DUPLICATE", "input.key"));
        ShouldFailWith(takenName["createAffiliate"], "affiliate", new PayloadError("DUPLICATE", "input.name"));
        Assert.Equal(countBefore, await AffiliateCountAsync());
    }

    [Fact]
    public async Task Of_clients_creating_the_same_key_at_once_one_wins_and_the_others_get_a_duplicate()
    {
        // All may pass the uniqueness check before any inserts; the losers must still hear DUPLICATE.
        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(n =>
            server.GraphQL.SendAsync(Create, new { input = new { key = "test-race-key", kind = "USER_GROUP", name = $"Test Race Key {n}" } })));

        Assert.All(responses, r => Assert.True(r.Errors is null, r.Body));
        var payloads = responses.Select(r => r.Data!["createAffiliate"]!).ToList();
        Assert.Single(payloads, p => p["errors"] is null);
        Assert.All(payloads.Where(p => p["errors"] is not null), p => ShouldFailWith(p, "affiliate", new PayloadError("DUPLICATE", "input.key")));
    }

    [Fact]
    public async Task Bad_country_language_and_website_are_reported_together_and_nothing_is_created()
    {
        var countBefore = await AffiliateCountAsync();

        var data = await server.GraphQL.DataAsync(Create, new
        {
            input = new { key = "test-invalid", kind = "CHAPTER", name = "Test Invalid", countryCode = "SWE", languages = new[] { "sv", "Swedish" }, website = "javascript:alert(1)" },
        });

        ShouldFailWith(data["createAffiliate"], "affiliate",
            new("VALIDATION_FAILED", "input.countryCode"),
            new("VALIDATION_FAILED", "input.languages[1]"),
            new("VALIDATION_FAILED", "input.website"));
        Assert.Equal(countBefore, await AffiliateCountAsync());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.org/")]
    [InlineData("example.org")]
    public async Task A_website_that_is_not_an_absolute_http_link_is_rejected(string website)
    {
        var data = await server.GraphQL.DataAsync(Create, new { input = new { key = "test-website", kind = "CHAPTER", name = "Test Website", website } });

        ShouldFailWith(data["createAffiliate"], "affiliate", new PayloadError("VALIDATION_FAILED", "input.website"));
    }

    [Fact]
    public async Task An_update_changes_the_given_field_and_keeps_the_others()
    {
        var created = await CreateAsync("test-update-name", "Test Update Name");

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = created["id"].Text(), name = "Test Update Name, renamed" } });

        var updated = ShouldSucceed(data["updateAffiliate"], "affiliate");
        Assert.Equal("Test Update Name, renamed", updated["name"].Text());
        var expectedUnchanged = (JsonObject)created.DeepClone();
        expectedUnchanged["name"] = updated["name"]!.DeepClone();
        expectedUnchanged["updatedAt"] = updated["updatedAt"]!.DeepClone();
        Assert.Equal(expectedUnchanged.Compact(), updated.Compact());
    }

    [Fact]
    public async Task An_empty_website_clears_it()
    {
        var created = await CreateAsync("test-clear-website", "Test Clear Website");
        Assert.NotNull(created["website"]);

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = created["id"].Text(), website = "" } });

        Assert.Null(ShouldSucceed(data["updateAffiliate"], "affiliate")["website"]);
        var stored = await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on Affiliate { website } } }", new { id = created["id"].Text() });
        Assert.Null(stored["node"]!["website"]);
    }

    [Fact]
    public async Task Renaming_to_a_taken_name_is_a_duplicate_and_changes_nothing()
    {
        var created = await CreateAsync("test-rename-taken", "Test Rename Taken");

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = created["id"].Text(), name = "Wikimedia Sverige", region = "International" } });

        ShouldFailWith(data["updateAffiliate"], "affiliate", new PayloadError("DUPLICATE", "input.name"));
        var stored = await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on Affiliate { name region } } }", new { id = created["id"].Text() });
        Assert.Equal("Test Rename Taken", stored["node"]!["name"].Text());
        Assert.Null(stored["node"]!["region"]);
    }

    [Fact]
    public async Task Updating_an_unknown_affiliate_is_not_found()
    {
        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = SeedLookups.UnknownId("Affiliate"), name = "Anything" } });

        ShouldFailWith(data["updateAffiliate"], "affiliate", new PayloadError("NOT_FOUND", "input.id"));
    }

    private async Task<JsonNode> CreateAsync(string key, string name)
    {
        var data = await server.GraphQL.DataAsync(Create, new
        {
            input = new { key, kind = "USER_GROUP", name, countryCode = "SE", languages = new[] { "sv" }, website = "https://example.org/" + key },
        });
        return ShouldSucceed(data["createAffiliate"], "affiliate");
    }

    private async Task<int> AffiliateCountAsync() =>
        (await server.GraphQL.DataAsync("{ affiliates { totalCount } }"))["affiliates"]!["totalCount"].Int();
}
