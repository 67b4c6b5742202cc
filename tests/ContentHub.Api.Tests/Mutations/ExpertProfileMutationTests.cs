using System.Globalization;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// createExpertProfile / updateExpertProfile: one profile per person and hub, skills from the hub's
/// list, bounded capacity, and availability derived from awayUntil. There is no createPerson, so
/// each test turns a different seeded requester (who has no profile) into an expert.
/// </summary>
public sealed class ExpertProfileMutationTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string ProfileFields = "id kind person { id } skills { key level } languages regions monthlyCapacityHours awayUntil available";

    private const string Create = $$"""
        mutation($input: CreateExpertProfileInput!) {
          createExpertProfile(input: $input) {
            expertProfile { {{ProfileFields}} }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
              ... on DuplicateError { field }
            }
          }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateExpertProfileInput!) {
          updateExpertProfile(input: $input) {
            expertProfile { {{ProfileFields}} }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
            }
          }
        }
        """;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DaysFromToday(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Creates_a_profile_for_a_person_without_one()
    {
        var person = await server.GraphQL.PersonAsync("Henrik Sjöberg");
        Assert.Equal(0, await ExpertCountAsync("Henrik Sjöberg"));

        var data = await server.GraphQL.DataAsync(Create, new { input = Input(person.Id) });

        var profile = ShouldSucceed(data["createExpertProfile"], "expertProfile");
        Assert.Equal(person.Id, profile["person"]!["id"].Text());
        Assert.Equal("EXTERNAL", profile["kind"].Text());
        Assert.Equal([("wikidata-modelling", "ADVANCED")], Skills(profile));
        Assert.Equal(["sv", "en"], profile["languages"].Items().Select(l => l.Text()));
        Assert.Equal(12, profile["monthlyCapacityHours"].Int());
        Assert.Null(profile["awayUntil"]);
        Assert.True(profile["available"]!.GetValue<bool>());
        Assert.Equal(1, await ExpertCountAsync("Henrik Sjöberg"));
    }

    [Fact]
    public async Task A_second_profile_for_the_same_person_is_a_duplicate()
    {
        var person = await server.GraphQL.PersonAsync("Ebba Granlund");
        ShouldSucceed((await server.GraphQL.DataAsync(Create, new { input = Input(person.Id) }))["createExpertProfile"], "expertProfile");

        var data = await server.GraphQL.DataAsync(Create, new { input = Input(person.Id) });

        ShouldFailWith(data["createExpertProfile"], "expertProfile", new PayloadError("DUPLICATE", "input.personId"));
        Assert.Equal(1, await ExpertCountAsync("Ebba Granlund"));
    }

    [Fact]
    public async Task Of_clients_creating_a_profile_for_the_same_person_at_once_one_wins_and_the_others_get_a_duplicate()
    {
        // All may pass the one-profile check before any inserts; the losers must still hear DUPLICATE.
        var person = await server.GraphQL.PersonAsync("Karin Blom");

        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(_ => server.GraphQL.SendAsync(Create, new { input = Input(person.Id) })));

        Assert.All(responses, r => Assert.True(r.Errors is null, r.Body));
        var payloads = responses.Select(r => r.Data!["createExpertProfile"]!).ToList();
        Assert.Single(payloads, p => p["errors"] is null);
        Assert.All(payloads.Where(p => p["errors"] is not null), p => ShouldFailWith(p, "expertProfile", new PayloadError("DUPLICATE", "input.personId")));
    }

    [Fact]
    public async Task An_unknown_skill_key_is_rejected_and_nothing_is_created()
    {
        var person = await server.GraphQL.PersonAsync("Anders Wallin");
        var input = Input(person.Id);
        input["skills"] = new JsonArray(Skill("wikidata-modelling", "BASIC"), Skill("underwater-basket-weaving", "EXPERT"));

        var data = await server.GraphQL.DataAsync(Create, new { input });

        ShouldFailWith(data["createExpertProfile"], "expertProfile", new PayloadError("VALIDATION_FAILED", "input.skills"));
        Assert.Equal(0, await ExpertCountAsync("Anders Wallin"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    [InlineData(int.MaxValue)]
    public async Task A_monthly_capacity_outside_0_to_200_hours_is_rejected(int hours)
    {
        var person = await server.GraphQL.PersonAsync("Maria Ekström");
        var input = Input(person.Id);
        input["monthlyCapacityHours"] = hours;

        var data = await server.GraphQL.DataAsync(Create, new { input });

        ShouldFailWith(data["createExpertProfile"], "expertProfile", new PayloadError("VALIDATION_FAILED", "input.monthlyCapacityHours"));
    }

    [Fact]
    public async Task A_person_id_of_another_node_type_is_not_found()
    {
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);

        var data = await server.GraphQL.DataAsync(Create, new { input = Input(affiliateId) });

        ShouldFailWith(data["createExpertProfile"], "expertProfile", new PayloadError("NOT_FOUND", "input.personId"));
    }

    [Fact]
    public async Task Skills_given_in_an_update_replace_the_current_ones()
    {
        var profileId = await CreateProfileAsync("Johanna Nyqvist", Skill("wikidata-modelling", "ADVANCED"), Skill("commons-batch-upload", "BASIC"));

        // commons-batch-upload stays with a new level: the old row goes and a new one with the same key comes.
        var data = await server.GraphQL.DataAsync(Update, new
        {
            input = new { id = profileId, skills = new JsonArray(Skill("commons-batch-upload", "EXPERT"), Skill("maps-geodata", "INTERMEDIATE")) },
        });

        var expected = new[] { ("commons-batch-upload", "EXPERT"), ("maps-geodata", "INTERMEDIATE") };
        Assert.Equal(expected, Skills(ShouldSucceed(data["updateExpertProfile"], "expertProfile")));
        Assert.Equal(expected, Skills(await ReadBackAsync(profileId)));
    }

    [Fact]
    public async Task An_update_without_skills_keeps_them()
    {
        var profileId = await CreateProfileAsync("Elin Forsberg", Skill("copyright-licensing", "EXPERT"));

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = profileId, monthlyCapacityHours = 40 } });

        var updated = ShouldSucceed(data["updateExpertProfile"], "expertProfile");
        Assert.Equal(40, updated["monthlyCapacityHours"].Int());
        Assert.Equal([("copyright-licensing", "EXPERT")], Skills(await ReadBackAsync(profileId)));
    }

    [Fact]
    public async Task Away_until_a_future_date_makes_the_expert_unavailable_until_it_is_cleared()
    {
        var profileId = await CreateProfileAsync("Anders Lindgren", Skill("glam-outreach", "ADVANCED"));
        var backOn = DaysFromToday(30);

        var away = await server.GraphQL.DataAsync(Update, new { input = new { id = profileId, awayUntil = backOn } });

        var awayProfile = ShouldSucceed(away["updateExpertProfile"], "expertProfile");
        Assert.Equal(backOn, awayProfile["awayUntil"].Text());
        Assert.False(awayProfile["available"]!.GetValue<bool>());

        var back = await server.GraphQL.DataAsync(Update, new { input = new { id = profileId, clearAwayUntil = true } });

        var backProfile = ShouldSucceed(back["updateExpertProfile"], "expertProfile");
        Assert.Null(backProfile["awayUntil"]);
        Assert.True(backProfile["available"]!.GetValue<bool>());
        Assert.Null((await ReadBackAsync(profileId))["awayUntil"]);
    }

    [Fact]
    public async Task Away_until_a_past_date_is_available()
    {
        var profileId = await CreateProfileAsync("Hanna Sjöberg", Skill("training-design", "BASIC"));

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = profileId, awayUntil = DaysFromToday(-1) } });

        Assert.True(ShouldSucceed(data["updateExpertProfile"], "expertProfile")["available"]!.GetValue<bool>());
    }

    [Fact]
    public async Task On_the_away_until_date_the_expert_is_back()
    {
        // Computed at UTC like the server; a run across midnight UTC could disagree by a day.
        var profileId = await CreateProfileAsync("Jonas Wikström", Skill("training-design", "BASIC"));

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = profileId, awayUntil = Today } });

        Assert.True(ShouldSucceed(data["updateExpertProfile"], "expertProfile")["available"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Updating_an_unknown_profile_is_not_found()
    {
        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = SeedLookups.UnknownId("ExpertProfile"), monthlyCapacityHours = 10 } });

        ShouldFailWith(data["updateExpertProfile"], "expertProfile", new PayloadError("NOT_FOUND", "input.id"));
    }

    private static JsonObject Input(string personId) => new()
    {
        ["personId"] = personId,
        ["kind"] = "EXTERNAL",
        ["skills"] = new JsonArray(Skill("wikidata-modelling", "ADVANCED")),
        ["languages"] = new JsonArray("sv", "en"),
        ["monthlyCapacityHours"] = 12,
    };

    private static JsonObject Skill(string key, string level) => new() { ["skill"] = key, ["level"] = level };

    private static List<(string Key, string Level)> Skills(JsonNode profile) =>
        profile["skills"].Items().Select(s => (s["key"].Text(), s["level"].Text())).OrderBy(s => s.Item1, StringComparer.Ordinal).ToList();

    private async Task<string> CreateProfileAsync(string displayName, params JsonObject[] skills)
    {
        var input = Input((await server.GraphQL.PersonAsync(displayName)).Id);
        input["skills"] = new JsonArray(skills);
        var data = await server.GraphQL.DataAsync(Create, new { input });
        return ShouldSucceed(data["createExpertProfile"], "expertProfile")["id"].Text();
    }

    private async Task<JsonNode> ReadBackAsync(string id) =>
        (await server.GraphQL.DataAsync($$"""query($id: ID!) { node(id: $id) { ... on ExpertProfile { {{ProfileFields}} } } }""", new { id }))["node"]!;

    private async Task<int> ExpertCountAsync(string displayName) =>
        (await server.GraphQL.DataAsync("query($name: String!) { experts(where: { displayName: { eq: $name } }) { totalCount } }", new { name = displayName }))["experts"]!["totalCount"].Int();
}
