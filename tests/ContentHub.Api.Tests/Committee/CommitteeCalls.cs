using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Committee;

/// <summary>The committee's mutations and read-backs, for its tests.</summary>
internal static class CommitteeCalls
{
    // Each mutation's error union admits only its own types, so each call spreads only those.
    private const string Common = "... on Error { code message } ... on ValidationError { field } ... on NotFoundError { field }";
    private const string Duplicate = "... on DuplicateError { field }";
    private const string CaseErrors = "... on InvalidTransitionError { from to } ... on ConcurrencyConflictError { expectedVersion currentVersion }";
    private const string Decided = "... on AgendaItemDecidedError { decision }";
    private const string Cancelled = "... on MeetingCancelledError { field cancelledAt }";

    public const string AgendaItem = """
        id decision rationale decidedPriorityScore
        request { id status version priorityScore declineReason }
        meeting { id criteriaVersion { number } }
        priority { score assessments criteria { criterion { key } meanScore weight contribution } }
        assessments { member { id } comment scores { criterionKey score } }
        """;

    public const string Criteria = "criteriaVersion { number criteria { key weight direction } } criteriaHistory { number createdAt changedBy { id } criteria { key weight } }";

    public static Task<JsonNode> UpdateCriteriaAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "updateCommitteeCriteria", "UpdateCommitteeCriteriaInput", $"committee {{ id {Criteria} }}", input,
            Duplicate, "... on ConcurrencyConflictError { expectedVersion } ... on NotCommitteeChairError { field }");

    public static Task<JsonNode> ScheduleAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "scheduleCommitteeMeeting", "ScheduleCommitteeMeetingInput", "meeting { id title date criteriaVersion { number } }", input);

    public static Task<JsonNode> AddToAgendaAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "addToAgenda", "AddToAgendaInput", $"agendaItem {{ {AgendaItem} }}", input, Duplicate, CaseErrors, Cancelled);

    public static Task<JsonNode> ScoreAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "scoreAgendaItem", "ScoreAgendaItemInput", $"agendaItem {{ {AgendaItem} }}", input,
            Duplicate, Decided, "... on NotCommitteeMemberError { field } ... on ConflictOfInterestError { field }");

    public static Task<JsonNode> DecideAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "decideAgendaItem", "DecideAgendaItemInput", $"agendaItem {{ {AgendaItem} }}", input, CaseErrors, Decided);

    public static Task<JsonNode> RemoveFromAgendaAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "removeFromAgenda", "RemoveFromAgendaInput", "helpRequest { id status version agendaItems { id } }", input, CaseErrors, Decided);

    public const string Meeting = "id title cancelledAt cancellationReason agenda { id request { id status } }";

    public static Task<JsonNode> CancelMeetingAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "cancelCommitteeMeeting", "CancelCommitteeMeetingInput", $"meeting {{ {Meeting} }}", input,
            CaseErrors, Cancelled, "... on MeetingHeldError { field }");

    public static async Task<JsonNode> MeetingAsync(this GraphQLClient graphQL, string id) =>
        (await graphQL.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on CommitteeMeeting {{ {Meeting} }} }} }}", new { id }))["node"]!;

    public static async Task<JsonNode> AgendaItemAsync(this GraphQLClient graphQL, string id) =>
        (await graphQL.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on AgendaItem {{ {AgendaItem} }} }} }}", new { id }))["node"]!;

    /// <summary>
    /// The seeded committee: its id, its chair's person id, and the keys (to sign in with) of the chair
    /// and of its members by affiliate key, as seed-data/committee.json names them.
    /// </summary>
    public static async Task<SeededCommittee> CommitteeAsync(this GraphQLClient graphQL)
    {
        var committee = (await graphQL.DataAsync($"{{ committees {{ id members {{ role person {{ id }} }} criteria {{ key weight }} {Criteria} }} }}"))["committees"].Items().Single();
        var seeded = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-data", "committee.json")))!["members"].Items();
        return new SeededCommittee(
            committee["id"].Text(),
            committee["members"].Items().Single(m => m["role"].Text() == "CHAIR")["person"]!["id"].Text(),
            seeded.Single(m => m["role"].Text() == "CHAIR")["person"].Text(),
            seeded.ToDictionary(m => m["affiliate"].Text(), m => m["person"].Text()),
            committee);
    }

    /// <summary>A meeting scheduled now, under the committee's criteria in force.</summary>
    public static async Task<string> ScheduleMeetingAsync(this GraphQLClient graphQL, string committeeId, string title) =>
        ShouldSucceed(await graphQL.ScheduleAsync(new { committeeId, date = "2027-01-15", title }), "meeting")["id"].Text();

    /// <summary>The case's affiliate key, to choose members without a conflict of interest.</summary>
    public static async Task<string> AffiliateOfAsync(this GraphQLClient graphQL, string requestId) =>
        (await graphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { affiliate { key } } } }", new { id = requestId }))["node"]!["affiliate"]!["key"].Text();

    /// <summary>Scores in the seeded criteria's order: fills-gaps, supports-campaigns, builds-skills, shows-partner-benefits, innovative, risk, content-will-be-used.</summary>
    public static object[] Scores(params int[] scores) =>
        SeedCriteria.Zip(scores, (key, score) => (object)new { criterionKey = key, score }).ToArray();

    public static readonly string[] SeedCriteria =
        ["fills-gaps", "supports-campaigns", "builds-skills", "shows-partner-benefits", "innovative", "risk", "content-will-be-used"];

    private static async Task<JsonNode> SendAsync(GraphQLClient graphQL, string name, string inputType, string fields, object input, params string[] errors)
    {
        var data = await graphQL.DataAsync($$"""
            mutation($input: {{inputType}}!) {
              {{name}}(input: $input) { {{fields}} errors { {{Common}} {{string.Join(" ", errors)}} } }
            }
            """, new { input });
        return data[name]!;
    }
}

internal sealed record SeededCommittee(string Id, string ChairId, string ChairKey, IReadOnlyDictionary<string, string> MemberKeyByAffiliate, JsonNode Node)
{
    /// <summary>The keys of members (not the chair) from affiliates other than <paramref name="affiliateKey"/>.</summary>
    public IReadOnlyList<string> MembersOutside(string affiliateKey) =>
        MemberKeyByAffiliate.Where(m => m.Key != affiliateKey && m.Value != ChairKey).Select(m => m.Value).ToList();
}
