using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Workflow;

/// <summary>The steps of a case's life (triageRequest, holdRequest …) and a read-back of what they changed.</summary>
internal static class WorkflowCalls
{
    /// <summary>Takes a step (<paramref name="mutation"/>, e.g. "triageRequest") as the client's caller; returns its payload.</summary>
    public static async Task<JsonNode> StepAsync(this GraphQLClient graphQL, string mutation, string id, int expectedVersion, string? reason = null)
    {
        var response = await graphQL.SendStepAsync(mutation, id, expectedVersion, reason);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Body}");
        Assert.Equal(200, response.Status);
        return response.Data![mutation]!;
    }

    /// <summary>Takes a step and hands back the whole response, for a step refused before it runs (a top-level error).</summary>
    public static Task<GraphQLResponse> SendStepAsync(this GraphQLClient graphQL, string mutation, string id, int expectedVersion, string? reason = null)
    {
        var input = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return graphQL.SendAsync($$"""
            mutation($input: {{input}}!) {
              {{mutation}}(input: $input) {
                helpRequest { id status version declineReason firstRespondedAt closedAt }
                errors { ... on Error { code message } ... on ValidationError { field } ... on InvalidTransitionError { from to } ... on NotPermittedError { field }
                         ... on ConcurrencyConflictError { expectedVersion currentVersion } }
              }
            }
            """, new { input = new { id, expectedVersion, reason } });
    }

    /// <summary>The case as these tests compare it before and after: status, version, timing fields and its whole log.</summary>
    public static async Task<JsonNode> CaseStateAsync(this GraphQLClient graphQL, string id) =>
        (await graphQL.DataAsync("""
            query($id: ID!) {
              node(id: $id) {
                ... on HelpRequest { status version declineReason firstRespondedAt resolvedAt closedAt overdue firstResponseHours resolutionHours events { kind data } }
              }
            }
            """, new { id }))["node"]!;

    /// <summary>Files a fresh request (SUBMITTED, version 1) from the usual valid input.</summary>
    public static async Task<string> NewRequestAsync(this GraphQLClient graphQL, string? idempotencyKey = null, string? title = null) =>
        (await RequestSubmission.SubmitAsync(graphQL, input =>
        {
            if (idempotencyKey is not null)
            {
                input["idempotencyKey"] = idempotencyKey;
            }

            if (title is not null)
            {
                input["title"] = title;
            }
        })).Id;
}
