using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>
/// The graphql-ws npm client, the reference implementation of graphql-transport-ws, against the real
/// server (tests/clients/ws-live-updates.mjs): a tool that was disconnected resumes from the last
/// sequence it received and gets exactly what it missed, in order, then live events again.
/// </summary>
public sealed class GraphQLWsClientTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task A_disconnected_tool_resumes_from_its_last_sequence_and_gets_exactly_what_it_missed()
    {
        var request = await RequestSubmission.SubmitAsync(server.GraphQL);
        // A chat bridge runs with a staff member's token: the hub's whole event stream is theirs to follow.
        var staff = await server.SignInAsAsync("astrid-lund");

        var report = await RunAsync("catch-up", new { requestId = request.Id, token = staff.Token });

        var start = long.Parse(report["start"].Text());
        var phase1 = Events(report["phase1"]);
        var missed = Events(report["missed"]);
        var phase2 = Events(report["phase2"]);
        Assert.Equal([("COMMENTED", request.Id)], phase1.Select(e => (e.Kind, e.RequestId)));
        Assert.True(phase1[0].Sequence > start);
        // While offline: two comments and an edit happened; the log (read over HTTP) is the truth.
        Assert.Equal(["COMMENTED", "UPDATED", "COMMENTED"], missed.Select(e => e.Kind));
        Assert.Equal(missed.Select(e => e.Sequence), phase2.Take(missed.Count).Select(e => e.Sequence));
        // Then the live one, and nothing repeated in between.
        Assert.Equal(missed.Count + 1, phase2.Count);
        Assert.Equal("COMMENTED", phase2[^1].Kind);
        Assert.All(phase2, e => Assert.Equal(request.Id, e.RequestId));
        Assert.Equal(phase2.Select(e => e.Sequence).Order(), phase2.Select(e => e.Sequence));
        Assert.Equal(phase2.Count, phase2.Select(e => e.Sequence).Distinct().Count());
        Assert.True(phase2[0].Sequence > phase1[^1].Sequence);
    }

    [Fact]
    public async Task A_query_sent_over_the_socket_gets_one_result_and_completes()
    {
        var report = await RunAsync("query", new { token = server.GraphQL.Token });

        var result = Assert.Single(report["results"].Items());
        Assert.Null(result["errors"]);
        Assert.Equal("content-partnerships", result["data"]!["currentHub"]!["slug"].Text());
        Assert.Equal(2, result["data"]!["requests"]!["nodes"].Items().Count);
    }

    private async Task<JsonNode> RunAsync(string scenario, object parameters)
    {
        var stdout = await NodeClients.RunScriptAsync("ws-live-updates.mjs",
            [server.GraphQLEndpoint.ToString(), scenario, JsonSerializer.Serialize(parameters)], TimeSpan.FromMinutes(2));
        // The script prints exactly one JSON line; anything before it would be a stray log line.
        return JsonNode.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1])!;
    }

    private static List<ReceivedEvent> Events(JsonNode? list) =>
        list.Items().Select(e => new ReceivedEvent(long.Parse(e["sequence"].Text()), e["kind"].Text(), e["helpRequest"]?["id"]?.GetValue<string>())).ToList();

    private sealed record ReceivedEvent(long Sequence, string Kind, string? RequestId);
}
