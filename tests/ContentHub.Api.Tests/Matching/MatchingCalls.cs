using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using ContentHub.Api.Tests.Search;
using ContentHub.Api.Tests.Workflow;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Matching;

public sealed record Match(string ExpertId, string Kind, double Score, string Reason, IReadOnlyDictionary<string, double> Values, double ContributionSum,
    IReadOnlyList<string> SimilarResolvedCases, IReadOnlyList<string> Warnings);

/// <summary>expertMatches, and the set-up a matching test needs: new experts, and cases they resolved.</summary>
internal static class MatchingCalls
{
    /// <summary>The skills the seed's taxonomy asks of hands-on work, at the top level.</summary>
    public static readonly (string, string)[] HandsOnSkills =
        [("commons-batch-upload", "EXPERT"), ("metadata-mapping", "EXPERT"), ("wikidata-batch-editing", "EXPERT")];

    public static async Task<IReadOnlyList<Match>> ExpertMatchesAsync(this GraphQLClient graphQL, string requestId, int first = 20, bool? includeExternal = null)
    {
        var data = await graphQL.DataAsync("""
            query($id: ID!, $first: Int, $includeExternal: Boolean) {
              node(id: $id) {
                ... on HelpRequest {
                  expertMatches(first: $first, includeExternal: $includeExternal) {
                    score reason warnings
                    expert { id kind }
                    breakdown { signal value contribution }
                    similarResolvedCases { id }
                  }
                }
              }
            }
            """, new { id = requestId, first, includeExternal });
        return data["node"]!["expertMatches"].Items().Select(m => new Match(
            m["expert"]!["id"].Text(),
            m["expert"]!["kind"].Text(),
            m["score"]!.GetValue<double>(),
            m["reason"].Text(),
            m["breakdown"].Items().ToDictionary(s => s["signal"].Text(), s => s["value"]!.GetValue<double>()),
            m["breakdown"].Items().Sum(s => s["contribution"]!.GetValue<double>()),
            m["similarResolvedCases"].Items().Select(c => c["id"].Text()).ToList(),
            m["warnings"].Items().Select(w => w.Text()).ToList())).ToList();
    }

    /// <summary>A new internal expert profile for a seeded person who has none, with the given languages and skills.</summary>
    public static async Task<string> CreateExpertAsync(
        this GraphQLClient graphQL, string personName, string[] languages, (string Skill, string Level)[]? skills = null, int capacity = 40, string kind = "INTERNAL")
    {
        var person = await graphQL.PersonAsync(personName);
        var payload = (await graphQL.DataAsync(
            "mutation($input: CreateExpertProfileInput!) { createExpertProfile(input: $input) { expertProfile { id } errors { ... on Error { code message } } } }",
            new
            {
                input = new
                {
                    personId = person.Id, kind, languages, regions = new[] { "Northern and Western Europe" }, monthlyCapacityHours = capacity,
                    skills = (skills ?? []).Select(s => new { skill = s.Skill, level = s.Level }).ToArray(),
                },
            }))["createExpertProfile"];
        return ShouldSucceed(payload, "expertProfile")["id"].Text();
    }

    /// <summary>
    /// A new case of <paramref name="text"/>, triaged, assigned to the expert and resolved with
    /// <paramref name="resolution"/>: every word it is found by is the test's, so a seeded case's
    /// text cannot decide a ranking.
    /// </summary>
    public static async Task<string> ResolveNewCaseAsync(this GraphQLClient graphQL, RequestText text, string expertId, string resolution)
    {
        var (id, version) = await graphQL.TriagedCaseAsync(text);
        await graphQL.ResolveWithAsync(id, version, expertId, resolution);
        return id;
    }

    /// <summary>A new case of <paramref name="text"/>, triaged so that experts can be assigned to it: its id and version.</summary>
    public static async Task<(string Id, int Version)> TriagedCaseAsync(this GraphQLClient graphQL, RequestText text)
    {
        var id = await graphQL.SubmitAsync(text);
        var triaged = ShouldSucceed(await graphQL.StepAsync("triageRequest", id, expectedVersion: 1), "helpRequest");
        return (id, triaged["version"].Int());
    }

    /// <summary>Assigns the expert to a case and resolves it with <paramref name="resolution"/>: the expert has now resolved it.</summary>
    public static async Task ResolveWithAsync(this GraphQLClient graphQL, string caseId, int version, string expertId, string resolution)
    {
        var assigned = ShouldSucceed(await graphQL.AssignAsync(new { requestId = caseId, expertId, estimatedHours = 4, expectedVersion = version }), "helpRequest");
        var resolved = (await graphQL.DataAsync(
            "mutation($input: ResolveRequestInput!) { resolveRequest(input: $input) { helpRequest { id } errors { ... on Error { code message } } } }",
            new { input = new { id = caseId, expectedVersion = assigned["version"].Int(), resolution } }))["resolveRequest"];
        ShouldSucceed(resolved, "helpRequest");
    }
}
