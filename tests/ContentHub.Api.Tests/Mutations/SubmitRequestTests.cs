using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>submitRequest: a valid request is filed with its history; an invalid one reports every problem and writes nothing.</summary>
public sealed class SubmitRequestTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string Submit = """
        mutation($input: SubmitRequestInput!) {
          submitRequest(input: $input) {
            helpRequest {
              id status version usefulnessPlan targetPlatforms firstRespondedAt
              helpTypes { key }
              partner { name type wikidataId }
              affiliate { key }
              requester { id }
              events { kind }
            }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field id }
              ... on NotPermittedError { field }
            }
          }
        }
        """;

    /// <summary>Who did what is for the hub's staff: the admin reads the log's actors back.</summary>
    private const string EventActors = "query($id: ID!) { node(id: $id) { ... on HelpRequest { events { kind actor { id } } } } }";

    [Fact]
    public async Task A_valid_request_is_filed_as_submitted_version_1_with_one_created_event()
    {
        var (input, requesterId) = await ValidInputAsync();
        input.Remove("requesterId"); // the requester files it herself
        var requester = await server.ClientOfAsync(RequestSubmission.RequesterKey);
        var countBefore = await server.GraphQL.RequestCountAsync();

        var data = await requester.DataAsync(Submit, new { input });

        var request = ShouldSucceed(data["submitRequest"], "helpRequest");
        Assert.Equal("SUBMITTED", request["status"].Text());
        Assert.Equal(1, request["version"].Int());
        Assert.Equal(["metadata-modelling", "upload-tooling"], request["helpTypes"].Items().Select(t => t["key"].Text()).Order());
        Assert.Equal(["COMMONS", "WIKIDATA"], request["targetPlatforms"].Items().Select(p => p.Text()).Order());
        Assert.Equal("Invented Municipal Archive", request["partner"]!["name"].Text());
        Assert.Equal("ARCHIVE", request["partner"]!["type"].Text());
        Assert.Equal("Q1887488", request["partner"]!["wikidataId"].Text());
        Assert.Equal(RequestSubmission.AffiliateKey, request["affiliate"]!["key"].Text());
        Assert.Equal(requesterId, request["requester"]!["id"].Text());
        Assert.Null(request["firstRespondedAt"]);

        Assert.Equal("CREATED", Assert.Single(request["events"].Items())["kind"].Text());
        var created = Assert.Single((await server.GraphQL.DataAsync(EventActors, new { id = request["id"].Text() }))["node"]!["events"].Items());
        Assert.Equal(requesterId, created["actor"]!["id"].Text());
        Assert.Equal(countBefore + 1, await server.GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task Only_staff_file_on_someone_elses_behalf_and_the_log_names_who_filed()
    {
        var (input, requesterId) = await ValidInputAsync();
        var colleague = await server.ClientOfAsync("req-a-henrik-sjoberg");
        var countBefore = await server.GraphQL.RequestCountAsync();

        var refused = await colleague.DataAsync(Submit, new { input });

        ShouldFailWith(refused["submitRequest"], "helpRequest", new PayloadError("NOT_PERMITTED", "input.requesterId"));
        Assert.Equal(countBefore, await server.GraphQL.RequestCountAsync());

        var filed = ShouldSucceed((await server.GraphQL.DataAsync(Submit, new { input }))["submitRequest"], "helpRequest");

        Assert.Equal(requesterId, filed["requester"]!["id"].Text());
        var created = Assert.Single((await server.GraphQL.DataAsync(EventActors, new { id = filed["id"].Text() }))["node"]!["events"].Items());
        var admin = (await server.GraphQL.DataAsync("{ viewer { person { id } } }"))["viewer"]!["person"]!["id"].Text();
        Assert.Equal(admin, created["actor"]!["id"].Text());
    }

    [Fact]
    public async Task An_invalid_request_reports_every_problem_at_once_and_writes_nothing()
    {
        var (input, requesterId) = await ValidInputAsync();
        input["title"] = "   ";
        input["description"] = "Too short.";
        input["language"] = "English";
        input["affiliateId"] = requesterId; // a Person's ID where an Affiliate's belongs
        input["helpTypes"] = new JsonArray("knowledge", "no-such-help");
        input["targetPlatforms"] = new JsonArray();
        input["usefulnessPlan"] = null;
        input["partner"]!["wikidataId"] = "1887488";
        var countBefore = await server.GraphQL.RequestCountAsync();

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest",
            new("NOT_FOUND", "input.affiliateId"),
            new("VALIDATION_FAILED", "input.title"),
            new("VALIDATION_FAILED", "input.description"),
            new("VALIDATION_FAILED", "input.language"),
            new("VALIDATION_FAILED", "input.helpTypes"),
            new("VALIDATION_FAILED", "input.targetPlatforms"),
            new("VALIDATION_FAILED", "input.usefulnessPlan"),
            new("VALIDATION_FAILED", "input.partner.wikidataId"));
        Assert.Equal(countBefore, await server.GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task An_unknown_affiliate_is_not_found_and_blames_no_other_field()
    {
        var (input, _) = await ValidInputAsync();
        input["affiliateId"] = SeedLookups.UnknownId("Affiliate");

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        // The requester is a real person; only the affiliate is wrong, so only its field may be blamed.
        ShouldFailWith(data["submitRequest"], "helpRequest", new PayloadError("NOT_FOUND", "input.affiliateId"));
    }

    [Fact]
    public async Task An_unknown_requester_is_not_found_and_the_error_echoes_the_id()
    {
        var (input, _) = await ValidInputAsync();
        var unknownPerson = SeedLookups.UnknownId("Person");
        input["requesterId"] = unknownPerson;

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest", new PayloadError("NOT_FOUND", "input.requesterId"));
        Assert.Equal(unknownPerson, data["submitRequest"]!["errors"]![0]!["id"].Text());
    }

    [Fact]
    public async Task Content_without_a_usefulness_plan_or_target_platforms_is_rejected()
    {
        var (input, _) = await ValidInputAsync();
        input["contentVolume"] = 50;
        input.Remove("usefulnessPlan");
        input.Remove("targetPlatforms");

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest",
            new("VALIDATION_FAILED", "input.usefulnessPlan"),
            new("VALIDATION_FAILED", "input.targetPlatforms"));
    }

    [Fact]
    public async Task Advice_only_needs_neither_a_usefulness_plan_nor_platforms()
    {
        var (input, _) = await ValidInputAsync();
        input["contentVolume"] = 0;
        input.Remove("usefulnessPlan");
        input.Remove("targetPlatforms");

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        var request = ShouldSucceed(data["submitRequest"], "helpRequest");
        Assert.Empty(request["targetPlatforms"].Items());
        Assert.Null(request["usefulnessPlan"]);
    }

    [Fact]
    public async Task An_unknown_help_type_key_is_rejected()
    {
        var (input, _) = await ValidInputAsync();
        input["helpTypes"] = new JsonArray("upload-tooling", "time-travel");

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest", new PayloadError("VALIDATION_FAILED", "input.helpTypes"));
    }

    [Theory]
    [InlineData("1887488")]
    [InlineData("Q0")]
    [InlineData("P31")]
    [InlineData("Q12a")]
    [InlineData("https://www.wikidata.org/wiki/Q1887488")]
    public async Task A_malformed_partner_wikidata_id_is_rejected(string wikidataId)
    {
        var (input, _) = await ValidInputAsync();
        input["partner"]!["wikidataId"] = wikidataId;

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest", new PayloadError("VALIDATION_FAILED", "input.partner.wikidataId"));
    }

    [Fact]
    public async Task A_requester_who_is_not_a_member_of_the_affiliate_is_rejected()
    {
        var (input, _) = await ValidInputAsync();
        var requester = await server.GraphQL.PersonAsync(RequestSubmission.RequesterName);
        Assert.DoesNotContain("wikimedia-deutschland", requester.AffiliateKeys);
        input["affiliateId"] = await server.GraphQL.AffiliateIdAsync("wikimedia-deutschland");
        var countBefore = await server.GraphQL.RequestCountAsync();

        var data = await server.GraphQL.DataAsync(Submit, new { input });

        ShouldFailWith(data["submitRequest"], "helpRequest", new PayloadError("VALIDATION_FAILED", "input.requesterId"));
        Assert.Equal(countBefore, await server.GraphQL.RequestCountAsync());
    }

    private async Task<(JsonObject Input, string RequesterId)> ValidInputAsync()
    {
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);
        var requester = await server.GraphQL.PersonAsync(RequestSubmission.RequesterName);
        Assert.Contains(RequestSubmission.AffiliateKey, requester.AffiliateKeys);
        return (RequestSubmission.ValidInput(affiliateId, requester.Id), requester.Id);
    }
}
