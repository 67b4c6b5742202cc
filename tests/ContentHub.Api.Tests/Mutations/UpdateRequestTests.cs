using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>updateRequest: optimistic concurrency on `version`, an UPDATED event naming the changed fields, no partial writes.</summary>
public sealed class UpdateRequestTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string Update = """
        mutation($input: UpdateRequestInput!) {
          updateRequest(input: $input) {
            helpRequest { id version title contentVolume partner { name } campaign { key } }
            errors {
              ... on Error { code message }
              ... on ValidationError { field }
              ... on NotFoundError { field }
              ... on ConcurrencyConflictError { expectedVersion currentVersion }
            }
          }
        }
        """;

    private const string ReadBack = """
        query($id: ID!) {
          node(id: $id) {
            ... on HelpRequest { version title contentVolume helpTypes { key } partner { name } campaign { key } events { kind data } }
          }
        }
        """;

    [Fact]
    public async Task An_update_with_the_current_version_bumps_it_and_records_the_changed_fields()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = "Batch upload of 400 maps", contentVolume = 400 } });

        var updated = ShouldSucceed(data["updateRequest"], "helpRequest");
        Assert.Equal(2, updated["version"].Int());
        Assert.Equal("Batch upload of 400 maps", updated["title"].Text());
        Assert.Equal(400, updated["contentVolume"].Int());
        var events = (await ReadBackAsync(request.Id))["events"].Items();
        Assert.Equal(["CREATED", "UPDATED"], events.Select(e => e["kind"].Text()));
        Assert.Equal(["contentVolume", "title"], ChangedFields(events[1]));
    }

    [Fact]
    public async Task An_update_that_changes_nothing_keeps_the_version_and_the_history()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var current = await ReadBackAsync(request.Id);

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = current["title"].Text() } });

        Assert.Equal(1, ShouldSucceed(data["updateRequest"], "helpRequest")["version"].Int());
        Assert.Single((await ReadBackAsync(request.Id))["events"].Items());
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_that_changes_nothing()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        await server.GraphQL.DataAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = "Saved first" } });

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = "Saved second, from a stale copy" } });

        ShouldFailWith(data["updateRequest"], "helpRequest", new PayloadError("CONCURRENCY_CONFLICT", null));
        var conflict = data["updateRequest"]!["errors"]![0]!;
        Assert.Equal(1, conflict["expectedVersion"].Int());
        Assert.Equal(2, conflict["currentVersion"].Int());
        var stored = await ReadBackAsync(request.Id);
        Assert.Equal("Saved first", stored["title"].Text());
        Assert.Equal(2, stored["version"].Int());
        Assert.Equal(2, stored["events"].Items().Count);
    }

    [Fact]
    public async Task Of_two_clients_racing_with_the_same_version_exactly_one_wins()
    {
        // Several rounds: whether the loser is stopped by the version check or, when both read
        // version 1 before either wrote, by the database's concurrency token, it must look the same.
        for (var round = 0; round < 5; round++)
        {
            var request = await RequestSubmission.SubmitAsync(server.GraphQL);

            var responses = await Task.WhenAll(
                server.GraphQL.SendAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = "Edited by client A" } }),
                server.GraphQL.SendAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = "Edited by client B" } }));

            Assert.All(responses, r => Assert.True(r.Errors is null, r.Body));
            var payloads = responses.Select(r => r.Data!["updateRequest"]!).ToList();
            var winner = Assert.Single(payloads, p => p["errors"] is null);
            var loser = Assert.Single(payloads, p => p["errors"] is not null);
            ShouldFailWith(loser, "helpRequest", new PayloadError("CONCURRENCY_CONFLICT", null));
            Assert.Equal(2, loser["errors"]![0]!["currentVersion"].Int());

            var stored = await ReadBackAsync(request.Id);
            Assert.Equal(winner["helpRequest"]!["title"].Text(), stored["title"].Text());
            Assert.Equal(2, stored["version"].Int());
            Assert.Single(stored["events"].Items(), e => e["kind"].Text() == "UPDATED");
        }
    }

    [Fact]
    public async Task Clearing_the_partner_and_the_campaign_removes_both()
    {
        var campaignId = await server.GraphQL.CampaignIdAsync("wiki-loves-monuments");
        var request = await RequestSubmission.SubmitAsync(server.GraphQL, input => input["campaignId"] = campaignId);
        Assert.Equal("wiki-loves-monuments", (await ReadBackAsync(request.Id))["campaign"]!["key"].Text());

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, clearPartner = true, clearCampaign = true } });

        var updated = ShouldSucceed(data["updateRequest"], "helpRequest");
        Assert.Null(updated["partner"]);
        Assert.Null(updated["campaign"]);
        var stored = await ReadBackAsync(request.Id);
        Assert.Null(stored["partner"]);
        Assert.Null(stored["campaign"]);
        Assert.Equal(["campaign", "partner"], ChangedFields(stored["events"].Items().Last()));
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = SeedLookups.UnknownId("HelpRequest"), expectedVersion = 1, title = "Anything" } });

        ShouldFailWith(data["updateRequest"], "helpRequest", new PayloadError("NOT_FOUND", "input.id"));
    }

    [Fact]
    public async Task A_failed_mutation_leaves_nothing_for_a_later_mutation_of_the_same_document_to_save()
    {
        // Regression: the first mutation edits the tracked entity before validation fails; if the
        // change tracker kept it, the second mutation's SaveChanges would write those edits too.
        var failing = await RequestSubmission.SubmitAsync(server.GraphQL);
        var succeeding = await RequestSubmission.SubmitAsync(server.GraphQL);
        var before = await ReadBackAsync(failing.Id);

        var data = await server.GraphQL.DataAsync("""
            mutation($failing: ID!, $succeeding: ID!) {
              first: updateRequest(input: { id: $failing, expectedVersion: 1, title: "Must never be saved", helpTypes: ["knowledge", "no-such-help"] }) {
                helpRequest { id }
                errors { ... on Error { code } ... on ValidationError { field } }
              }
              second: updateRequest(input: { id: $succeeding, expectedVersion: 1, title: "Saved by the second mutation" }) {
                helpRequest { version }
                errors { ... on Error { code } }
              }
            }
            """, new { failing = failing.Id, succeeding = succeeding.Id });

        ShouldFailWith(data["first"], "helpRequest", new PayloadError("VALIDATION_FAILED", "input.helpTypes"));
        Assert.Equal(2, ShouldSucceed(data["second"], "helpRequest")["version"].Int());
        var after = await ReadBackAsync(failing.Id);
        Assert.Equal(before.Compact(), after.Compact());
    }

    [Fact]
    public async Task A_failed_mutation_does_not_leak_into_a_later_mutation_of_the_same_request()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var before = await ReadBackAsync(request.Id);

        var data = await server.GraphQL.DataAsync("""
            mutation($id: ID!) {
              first: updateRequest(input: { id: $id, expectedVersion: 1, title: "Must never be saved", description: "Too short." }) {
                errors { ... on Error { code } ... on ValidationError { field } }
              }
              second: updateRequest(input: { id: $id, expectedVersion: 1, contentVolume: 500 }) {
                helpRequest { version title contentVolume }
                errors { ... on Error { code } }
              }
            }
            """, new { id = request.Id });

        Assert.Equal([new PayloadError("VALIDATION_FAILED", "input.description")], ErrorsOf(data["first"]));
        var saved = ShouldSucceed(data["second"], "helpRequest");
        Assert.Equal(before["title"].Text(), saved["title"].Text());
        Assert.Equal(500, saved["contentVolume"].Int());
        var stored = await ReadBackAsync(request.Id);
        Assert.Equal(before["title"].Text(), stored["title"].Text());
        Assert.Equal(["contentVolume"], ChangedFields(stored["events"].Items().Last()));
    }

    private async Task<JsonNode> ReadBackAsync(string id) => (await server.GraphQL.DataAsync(ReadBack, new { id }))["node"]!;

    private static IEnumerable<string> ChangedFields(JsonNode updatedEvent)
    {
        Assert.Equal("UPDATED", updatedEvent["kind"].Text());
        return JsonNode.Parse(updatedEvent["data"].Text())!["fields"].Items().Select(f => f.Text()).Order(StringComparer.Ordinal);
    }
}
