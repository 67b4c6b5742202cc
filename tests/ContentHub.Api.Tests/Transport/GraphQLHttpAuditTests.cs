using System.Text.Json;
using ContentHub.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentHub.Api.Tests.Transport;

/// <summary>
/// The graphql-http npm package's server audits are the judge of GraphQL over HTTP conformance
/// (tests/clients/http-audit.mjs). docs/graphql-over-http.md lists the current results.
/// </summary>
public sealed class GraphQLHttpAuditTests(ContentHubServer server, ITestOutputHelper output) : IClassFixture<ContentHubServer>
{
    /// <summary>What the endpoint achieves today; lower means a regression, higher means raise this.</summary>
    private const int PassingShouldAudits = 23;

    [Fact]
    public async Task Every_MUST_audit_passes()
    {
        var audits = await RunAuditsAsync();

        var failing = audits.Where(a => a.Level == "MUST" && !a.Passed).ToList();
        Assert.True(failing.Count == 0,
            "Failing MUST audits:\n" + string.Join('\n', failing.Select(a => $"  {a.Id} {a.Name}: {a.Reason}")));
    }

    [Fact]
    public async Task SHOULD_audits_do_not_regress()
    {
        var audits = await RunAuditsAsync();

        var should = audits.Where(a => a.Level == "SHOULD").ToList();
        Assert.True(should.Count(a => a.Passed) >= PassingShouldAudits,
            $"Only {should.Count(a => a.Passed)} of {should.Count} SHOULD audits pass (expected at least {PassingShouldAudits}). Failing:\n"
            + string.Join('\n', should.Where(a => !a.Passed).Select(a => $"  {a.Id} {a.Name}: {a.Reason}")));
    }

    private async Task<IReadOnlyList<AuditResult>> RunAuditsAsync()
    {
        var stdout = await NodeClients.RunScriptAsync("http-audit.mjs", [server.GraphQLEndpoint.ToString()], TimeSpan.FromMinutes(2));
        // The script prints exactly one JSON line; anything before it would be a stray log line.
        var json = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var audits = JsonSerializer.Deserialize<List<AuditResult>>(json, JsonSerializerOptions.Web)!;
        Assert.NotEmpty(audits);

        foreach (var level in new[] { "MUST", "SHOULD", "MAY" })
        {
            var atLevel = audits.Where(a => a.Level == level).ToList();
            output.WriteLine($"{level}: {atLevel.Count(a => a.Passed)}/{atLevel.Count} ok");
        }

        foreach (var audit in audits)
        {
            output.WriteLine($"{audit.Status,-5} {audit.Id} {audit.Name}{(audit.Passed ? "" : " — " + audit.Reason)}");
        }

        return audits;
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason)
    {
        /// <summary>MUST, SHOULD or MAY: graphql-http starts every name with its requirement level.</summary>
        public string Level => Name.Split(' ')[0];

        public bool Passed => Status == "ok";
    }
}
