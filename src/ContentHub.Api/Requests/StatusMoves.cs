using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Requests;

/// <summary>
/// Moves a case to another status: checked against <see cref="RequestWorkflow"/>, and recorded as a
/// StatusChanged event in the caller's unit of work. Every command that changes a status goes
/// through here, so every move is validated and logged the same way.
/// </summary>
public sealed class StatusMoves(CaseEventLog events)
{
    public InvalidTransitionError? Move(HelpRequest request, RequestStatus to, string action, string? reason = null)
    {
        var from = request.Status;
        if (RequestWorkflow.Check(from, to, action) is { } invalid)
        {
            return invalid;
        }

        request.Status = to;
        events.Append(request, CaseEventKind.StatusChanged,
            reason is null ? new { from = from.ToString(), to = to.ToString() } : new { from = from.ToString(), to = to.ToString(), reason });
        return null;
    }
}
