using System.Globalization;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>The assignment and referral mutations, and read-backs of a case's team, for the tests of both.</summary>
internal static class CaseTeamCalls
{
    private const string CommonErrors =
        "... on Error { code message } ... on ValidationError { field } ... on NotFoundError { field } " +
        "... on ConcurrencyConflictError { expectedVersion currentVersion }";

    private const string CaseMove = "... on InvalidTransitionError { from to }";

    // Aliased: `from` of a case transition and of a referral transition are different enums.
    private const string ReferralMove = "... on InvalidReferralTransitionError { referralFrom: from referralTo: to }";

    private const string Assignment = "id estimatedHours releasedAt expert { id }";

    private const string Referral = "id state note organisationName respondedAt expert { id }";

    public static Task<JsonNode> AssignAsync(this GraphQLClient graphQL, object input) => SendAsync(graphQL, "assignExpert", "AssignExpertInput",
        "assignment", Assignment, input, CaseMove, "... on DuplicateError { field } ... on ExpertUnavailableError { field availableFrom }",
        "... on OverCapacityError { openHours capacityHours requestedHours }");

    public static Task<JsonNode> ReleaseAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "releaseAssignment", "ReleaseAssignmentInput", "assignment", Assignment, input, CaseMove);

    public static Task<JsonNode> ReferAsync(this GraphQLClient graphQL, object input) => SendAsync(graphQL, "referRequest", "ReferRequestInput",
        "referral", Referral, input, CaseMove, "... on DuplicateError { field } ... on ExpertUnavailableError { field availableFrom }");

    public static Task<JsonNode> AcceptAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "acceptReferral", "AcceptReferralInput", "referral", Referral, input, CaseMove, ReferralMove);

    public static Task<JsonNode> DeclineAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "declineReferral", "DeclineReferralInput", "referral", Referral, input, CaseMove, ReferralMove);

    public static Task<JsonNode> HandBackAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "handBackReferral", "HandBackReferralInput", "referral", Referral, input, CaseMove, ReferralMove);

    public static Task<JsonNode> CompleteAsync(this GraphQLClient graphQL, object input) =>
        SendAsync(graphQL, "completeReferral", "CompleteReferralInput", "referral", Referral, input, ReferralMove);

    /// <summary>A case as its team sees it: status, version, priority, the whole event log, assignments and referrals.</summary>
    public static async Task<JsonNode> CaseAsync(this GraphQLClient graphQL, string id) =>
        (await graphQL.DataAsync($$"""
            query($id: ID!) {
              node(id: $id) {
                ... on HelpRequest {
                  status version priorityScore
                  events { kind data }
                  assignments { {{Assignment}} }
                  referrals { {{Referral}} }
                }
              }
            }
            """, new { id }))["node"]!;

    public static async Task<(int Open, int Free)> ExpertHoursAsync(this GraphQLClient graphQL, string expertId)
    {
        var expert = (await graphQL.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on ExpertProfile { openHours freeHours } } }", new { id = expertId }))["node"]!;
        return (expert["openHours"].Int(), expert["freeHours"].Int());
    }

    /// <summary>Sets when an expert is away until, through the public mutation.</summary>
    public static async Task SetAwayUntilAsync(this GraphQLClient graphQL, string expertId, DateOnly until) =>
        PayloadErrors.ShouldSucceed((await graphQL.DataAsync(
            "mutation($input: UpdateExpertProfileInput!) { updateExpertProfile(input: $input) { expertProfile { id } errors { ... on Error { code } } } }",
            new { input = new { id = expertId, awayUntil = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } }))["updateExpertProfile"], "expertProfile");

    public static DateOnly DaysFromToday(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days);

    public static IReadOnlyList<string> EventKinds(JsonNode request) => request["events"].Items().Select(e => e["kind"].Text()).ToList();

    /// <summary>The parsed data of the case's last event of <paramref name="kind"/>.</summary>
    public static JsonNode LastEventData(JsonNode request, string kind) =>
        JsonNode.Parse(request["events"].Items().Last(e => e["kind"].Text() == kind)["data"].Text())!;

    private static async Task<JsonNode> SendAsync(
        GraphQLClient graphQL, string name, string inputType, string part, string partFields, object input, params string[] errorFragments)
    {
        var data = await graphQL.DataAsync($$"""
            mutation($input: {{inputType}}!) {
              {{name}}(input: $input) {
                helpRequest { id status version }
                {{part}} { {{partFields}} }
                errors { {{CommonErrors}} {{string.Join(" ", errorFragments)}} }
              }
            }
            """, new { input });
        return data[name]!;
    }
}
