using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Assignments;

public sealed class AssignExpertPayloadType() : TeamChangePayloadType<CaseAssignmentType, CaseAssignmentModel>(
    "AssignExpert", "assignment", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType), typeof(DuplicateErrorType), typeof(ExpertUnavailableErrorType), typeof(OverCapacityErrorType));

public sealed class ReleaseAssignmentPayloadType() : TeamChangePayloadType<CaseAssignmentType, CaseAssignmentModel>(
    "ReleaseAssignment", "assignment", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType));

public static class AssignmentMutations
{
    public static void AddAssignmentMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<AssignExpertInputType, AssignExpertPayloadType, AssignExpertInput>(
            "assignExpert", "Puts one of the hub's own experts on a case, within their monthly capacity unless overridden; the case becomes ASSIGNED.",
            async (context, input) => await context.Get<AssignmentCommands>().AssignAsync(input, context.CancellationToken));
        mutation.Mutation<ReleaseAssignmentInputType, ReleaseAssignmentPayloadType, ReleaseAssignmentInput>(
            "releaseAssignment", "Takes an expert off a case; when nobody is left on it, the case goes back to the queue.",
            async (context, input) => await context.Get<AssignmentCommands>().ReleaseAsync(input, context.CancellationToken));
    }
}
