using ContentHub.Api.Access;
using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Requests;

/// <summary>
/// Who may take the steps that are not staff-only (those are refused before they run, see
/// <see cref="MutationAccess"/>): the requester's side withdraws a request; an expert working on
/// the case starts work on it and resolves it. Staff may do all of these.
/// </summary>
public sealed class StepPermissions(Caller caller, RequestAccess access)
{
    public async Task<NotPermittedError?> CheckAsync(RequestStep step, HelpRequest request, CancellationToken cancellationToken)
    {
        if (await caller.IsStaffAsync(cancellationToken))
        {
            return null;
        }

        return step switch
        {
            RequestStep.Withdraw when await access.MayEditAsync(request, cancellationToken) => null,
            RequestStep.Withdraw => new NotPermittedError("input.id", "Only the requester's affiliate or the hub's staff may withdraw a request."),
            RequestStep.StartWork => await CheckWorksOnAsync(request, "start work on it", cancellationToken),
            _ => new NotPermittedError("input.id", "Only the hub's staff may take this step."),
        };
    }

    public async Task<NotPermittedError?> CheckResolveAsync(HelpRequest request, CancellationToken cancellationToken) =>
        await caller.IsStaffAsync(cancellationToken) ? null : await CheckWorksOnAsync(request, "resolve it", cancellationToken);

    private async Task<NotPermittedError?> CheckWorksOnAsync(HelpRequest request, string what, CancellationToken cancellationToken) =>
        await access.WorksOnAsync(request.Id, cancellationToken)
            ? null
            : new NotPermittedError("input.id", $"Only an expert working on the case or the hub's staff may {what}.");
}
