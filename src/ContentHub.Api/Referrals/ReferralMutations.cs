using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Referrals;

public sealed class ReferRequestPayloadType() : TeamChangePayloadType<ReferralType, ReferralModel>(
    "ReferRequest", "referral", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType), typeof(DuplicateErrorType), typeof(ExpertUnavailableErrorType));

/// <summary>The payload of an answer to a referral; answers that move the case can also meet an invalid case transition.</summary>
public abstract class ReferralAnswerPayloadType(string mutationName, bool movesCase) : TeamChangePayloadType<ReferralType, ReferralModel>(
    mutationName, "referral", [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
        typeof(InvalidReferralTransitionErrorType), typeof(NotPermittedErrorType), .. movesCase ? [typeof(InvalidTransitionErrorType)] : Array.Empty<Type>()]);

public sealed class AcceptReferralPayloadType() : ReferralAnswerPayloadType("AcceptReferral", movesCase: true);

public sealed class DeclineReferralPayloadType() : ReferralAnswerPayloadType("DeclineReferral", movesCase: true);

public sealed class HandBackReferralPayloadType() : ReferralAnswerPayloadType("HandBackReferral", movesCase: true);

public sealed class CompleteReferralPayloadType() : ReferralAnswerPayloadType("CompleteReferral", movesCase: false);

public static class ReferralMutations
{
    public static void AddReferralMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<ReferRequestInputType, ReferRequestPayloadType, ReferRequestInput>(
            "referRequest", "Proposes the case (or part of it) to an external expert or an organisation; the case becomes REFERRED.",
            async (context, input) => await context.Get<ReferralCommands>().ReferAsync(input, context.CancellationToken));
        mutation.Mutation<AcceptReferralInputType, AcceptReferralPayloadType, AcceptReferralInput>(
            "acceptReferral", "The expert takes the referred case on; the case becomes IN_PROGRESS.",
            async (context, input) => await context.Get<ReferralCommands>().AcceptAsync(input, context.CancellationToken));
        mutation.Mutation<DeclineReferralInputType, DeclineReferralPayloadType, DeclineReferralInput>(
            "declineReferral", "The expert declines the proposal; when nobody else is on the case, it goes back to the queue.",
            async (context, input) => await context.Get<ReferralCommands>().DeclineAsync(input, context.CancellationToken));
        mutation.Mutation<HandBackReferralInputType, HandBackReferralPayloadType, HandBackReferralInput>(
            "handBackReferral", "The expert returns an accepted case to the hub, finished or not; when nobody else is on it, it goes back to the queue.",
            async (context, input) => await context.Get<ReferralCommands>().HandBackAsync(input, context.CancellationToken));
        mutation.Mutation<CompleteReferralInputType, CompleteReferralPayloadType, CompleteReferralInput>(
            "completeReferral", "The expert reports their part done; the case stays in progress until the hub resolves it.",
            async (context, input) => await context.Get<ReferralCommands>().CompleteAsync(input, context.CancellationToken));
    }
}
