using System.Text.Json;
using AutoMapper;
using ContentHub.Api.Access;
using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using static ContentHub.Data.Requests.RequestStatus;

namespace ContentHub.Api.Requests;

/// <summary>The moves of a case that are decisions of their own, not side effects of assigning, referring or scoring.</summary>
public enum RequestStep
{
    Triage,
    Hold,
    Resume,
    Decline,
    Withdraw,
    StartWork,
    Close,
    Reopen,
}

/// <summary>
/// Runs one step of a case's life: validates it against the workflow table, applies what goes
/// with it (a decline's reason, the closing time, released experts), records it as a case event
/// and saves it unless someone else saved the case first. The caller's roles decide whether they
/// may take the step (<see cref="StepPermissions"/>).
/// </summary>
public sealed class RequestTransitions(
    ContentHubDbContext db, HubContext hub, RequestAccess access, StatusMoves moves, CaseTeam team, StepPermissions permissions, IMapper mapper, TimeProvider clock)
{
    public async Task<Payload<HelpRequestModel>> TakeAsync(RequestStep step, StatusChangeInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await hub.FindNodeAsync(await access.VisibleAsync(db.HelpRequests, cancellationToken), errors, "input.id", input.Id, "HelpRequest", cancellationToken);
        var reason = errors.Text("input.reason", input.Reason, Limits.Summary, required: step is RequestStep.Decline or RequestStep.Hold or RequestStep.Reopen);
        if (request is null || errors.Any)
        {
            return Payload<HelpRequestModel>.Failure(errors.All);
        }

        if (await permissions.CheckAsync(step, request, cancellationToken) is { } notPermitted)
        {
            return notPermitted;
        }

        if (request.Version != input.ExpectedVersion)
        {
            return ConcurrencyConflictError.Of("request", input.ExpectedVersion, request.Version);
        }

        var to = step == RequestStep.Resume ? await StatusBeforeHoldAsync(request, cancellationToken) : Target(step);
        if (moves.Move(request, to, Action(step), reason) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        request.UpdatedAt = now;
        switch (step)
        {
            case RequestStep.Decline:
                request.DeclineReason = reason;
                // The requester reads the reason: that is the hub's reply.
                request.FirstRespondedAt ??= now;
                break;
            case RequestStep.Close:
                request.ClosedAt = now;
                break;
            case RequestStep.Reopen:
                request.ResolvedAt = null;
                request.ClosedAt = null;
                break;
        }

        if (RequestWorkflow.Finished.Contains(to))
        {
            await team.FinishWorkAsync(request, cancellationToken);
        }

        return await db.SaveUnlessEditedMeanwhileAsync(request, cancellationToken) is { } current
            ? ConcurrencyConflictError.Of("request", input.ExpectedVersion, current)
            : mapper.Map<HelpRequestModel>(request);
    }

    private static RequestStatus Target(RequestStep step) => step switch
    {
        RequestStep.Triage => Triaged,
        RequestStep.Hold => OnHold,
        RequestStep.Decline => Declined,
        RequestStep.Withdraw => Withdrawn,
        RequestStep.StartWork => InProgress,
        RequestStep.Close => Closed,
        RequestStep.Reopen => InProgress,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static string Action(RequestStep step) => step switch
    {
        RequestStep.Triage => "triaged",
        RequestStep.Hold => "put on hold",
        RequestStep.Resume => "resumed",
        RequestStep.Decline => "declined",
        RequestStep.Withdraw => "withdrawn",
        RequestStep.StartWork => "started on",
        RequestStep.Close => "closed",
        _ => "reopened",
    };

    /// <summary>A case on hold resumes where it was: the status it left for ON_HOLD, as its log recorded it.</summary>
    private async Task<RequestStatus> StatusBeforeHoldAsync(HelpRequest request, CancellationToken cancellationToken)
    {
        if (request.Status != OnHold)
        {
            return request.Status; // not on hold: the workflow refuses the move below
        }

        var moves = await db.CaseEvents.AsNoTracking()
            .Where(e => e.HelpRequestId == request.Id && e.Kind == CaseEventKind.StatusChanged)
            .OrderByDescending(e => e.Sequence)
            .Select(e => e.Data)
            .Take(20)
            .ToListAsync(cancellationToken);
        foreach (var data in moves.OfType<string>())
        {
            using var json = JsonDocument.Parse(data);
            if (json.RootElement.TryGetProperty("to", out var to) && to.GetString() == nameof(OnHold)
                && json.RootElement.TryGetProperty("from", out var from) && Enum.TryParse<RequestStatus>(from.GetString(), out var before))
            {
                return before;
            }
        }

        return Triaged; // a case seeded on hold has no log of how it got there: back to the queue
    }
}
