using ContentHub.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// An ID must name a node of the expected type in the addressed hub: the ID of another type, or
/// of a case in another hub, is a NOT_FOUND on the field and changes nothing, never a write to
/// whatever row the key happens to name.
/// </summary>
public sealed class IdScopeTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string OtherHub = "other-hub";

    private const string Update = """
        mutation($input: UpdateRequestInput!) {
          updateRequest(input: $input) {
            helpRequest { id title version }
            errors { ... on Error { code message } ... on NotFoundError { field } ... on ValidationError { field } }
          }
        }
        """;

    [Fact]
    public async Task A_case_of_another_hub_is_not_found_and_stays_as_it_was()
    {
        await AddOtherHubAsync();
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);

        var update = await server.GraphQL.SendAsync(Update, new { input = new { id = request.Id, expectedVersion = 1, title = "Written across hubs" } }, hub: OtherHub);

        Assert.True(update.Data is not null, update.Body);
        ShouldFailWith(update.Data!["updateRequest"], "helpRequest", new PayloadError("NOT_FOUND", "input.id"));
        var after = (await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { title version status } } }", new { id = request.Id }))["node"]!;
        Assert.Equal((1, "SUBMITTED"), (after["version"].Int(), after["status"].Text()));
        Assert.NotEqual("Written across hubs", after["title"].Text());
    }

    [Fact]
    public async Task The_id_of_another_type_with_the_same_key_is_not_found()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        // The affiliate's key may well equal some case's key; its ID must still not name a case.
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);

        var data = await server.GraphQL.DataAsync(Update, new { input = new { id = affiliateId, expectedVersion = 1, title = "Written to the wrong row" } });

        ShouldFailWith(data["updateRequest"], "helpRequest", new PayloadError("NOT_FOUND", "input.id"));
        var after = (await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { version } } }", new { id = request.Id }))["node"]!;
        Assert.Equal(1, after["version"].Int());
    }

    [Fact]
    public async Task A_node_of_another_hub_reads_as_null_even_for_that_hubs_staff()
    {
        await AddOtherHubAsync();
        await MakeTestAdminStaffOfOtherHubAsync();
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        var expert = (await server.GraphQL.DataAsync("{ experts(first: 1) { nodes { id } } }"))["experts"]!["nodes"].Items().Single()["id"].Text();
        const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";

        var here = await server.GraphQL.DataAsync(Nodes, new { ids = new[] { request.Id, expert } });
        var there = await server.GraphQL.SendAsync(Nodes, new { ids = new[] { request.Id, expert } }, hub: OtherHub);

        Assert.Equal([request.Id, expert], here["nodes"].Items().Select(node => node["id"].Text()));
        Assert.True(there.Data is not null, there.Body);
        Assert.All(there.Data!["nodes"]!.AsArray(), node => Assert.Null(node));
    }

    /// <summary>There is no mutation that creates a hub; a second one goes into the database beside the server.</summary>
    private async Task AddOtherHubAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(server.DataFolder, "contenthub.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"""
            INSERT OR IGNORE INTO Hubs (Slug, Name, Description, DefaultLanguage, Languages, CreatedAt, FirstReplyDueDays)
            SELECT '{OtherHub}', 'Another hub', Description, DefaultLanguage, Languages, CreatedAt, FirstReplyDueDays FROM Hubs ORDER BY Id LIMIT 1
            """;
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>Staff of a hub see all of its cases: the test admin becomes staff of the other hub too.</summary>
    private async Task MakeTestAdminStaffOfOtherHubAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(server.DataFolder, "contenthub.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"""
            INSERT OR IGNORE INTO HubRoles (PersonId, HubId, Role)
            SELECT p.Id, h.Id, 'Staff' FROM People p, Hubs h WHERE p.DisplayName = 'Test Admin' AND h.Slug = '{OtherHub}'
            """;
        await insert.ExecuteNonQueryAsync();
    }
}
