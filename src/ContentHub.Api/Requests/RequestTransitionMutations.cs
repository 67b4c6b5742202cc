using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

/// <summary>
/// A step in a case's life. <c>reason</c> is required to decline (the requester reads it), to put
/// on hold and to reopen; elsewhere it is kept in the case event, with the caller as its actor.
/// </summary>
public sealed record StatusChangeInput([property: Id] string Id, int ExpectedVersion, string? Reason);

public static class RequestTransitionMutations
{
    private static readonly (RequestStep Step, string Mutation, string Description)[] Steps =
    [
        (RequestStep.Triage, "triageRequest", "Accepts a submitted request into the hub's queue."),
        (RequestStep.Hold, "holdRequest", "Pauses a case (with a reason); resumeRequest returns it to where it was."),
        (RequestStep.Resume, "resumeRequest", "Returns a case on hold to the status it had before."),
        (RequestStep.Decline, "declineRequest", "Declines a request with a reason the requester sees."),
        (RequestStep.Withdraw, "withdrawRequest", "Withdraws a request at the requester's wish; experts on it are released."),
        (RequestStep.StartWork, "startWorkOnRequest", "Marks an assigned or referred case as in progress."),
        (RequestStep.Close, "closeRequest", "Closes a resolved case; impact can be recorded from then on."),
        (RequestStep.Reopen, "reopenRequest", "Reopens a resolved case (with a reason) and puts it back in progress."),
    ];

    public static void AddRequestTransitionMutations(this ObjectGraphType mutation)
    {
        foreach (var (step, name, description) in Steps)
        {
            var typeName = char.ToUpperInvariant(name[0]) + name[1..];
            mutation.Mutation<StatusChangeInput>(name, description, new StatusChangeInputType(typeName + "Input"), new StatusChangePayloadType(typeName),
                async (context, input) => await context.Get<RequestTransitions>().TakeAsync(step, input, context.CancellationToken));
        }
    }

    // One class, one instance per mutation name: made here, so kept out of the assembly scan.
    [DoNotRegister]
    private sealed class StatusChangeInputType : AutoRegisteringInputObjectGraphType<StatusChangeInput>
    {
        public StatusChangeInputType(string name)
        {
            Name = name;
            Description = "A step in a case's life. `reason` is required to decline (the requester reads it), to put on hold and to reopen; otherwise it is kept in the case event. The caller is recorded as the one who took the step.";
        }
    }

    [DoNotRegister]
    private sealed class StatusChangePayloadType(string mutation) : PayloadType<HelpRequestType, HelpRequestModel>(
        mutation, "helpRequest", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType), typeof(InvalidTransitionErrorType),
        typeof(NotPermittedErrorType));
}
