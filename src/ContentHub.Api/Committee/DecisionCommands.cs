using AutoMapper;
using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Committee;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Committee;

/// <summary>
/// The meeting's decision on an agenda item: PRIORITISE puts the case in the queue with its
/// weighted score, DECLINE ends it with the rationale as its public reason, DEFER returns it to TRIAGED.
/// </summary>
public sealed class DecisionCommands(IMapper mapper, AgendaStore agenda, AgendaScoring scoring, CaseTeamStore store, StatusMoves moves, CaseEventLog events, TimeProvider clock)
{
    public async Task<Payload<AgendaItemModel>> DecideAsync(DecideAgendaItemInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var item = await agenda.FindItemAsync(errors, input.AgendaItemId, cancellationToken);
        var rationale = errors.Text("input.rationale", input.Rationale, Limits.Summary, required: true);
        if (item is null || errors.Any)
        {
            return Payload<AgendaItemModel>.Failure(errors.All);
        }

        var request = item.HelpRequest!;
        var readVersion = request.Version;
        var breakdown = await scoring.BreakdownAsync(item.Id, cancellationToken);
        var (to, action) = input.Decision switch
        {
            AgendaDecision.Prioritise => (RequestStatus.Prioritised, "prioritised"),
            AgendaDecision.Decline => (RequestStatus.Declined, "declined"),
            _ => (RequestStatus.Triaged, "deferred to the queue"),
        };
        MutationError? refused = (MutationError?)AgendaStore.CheckOpen(item)
            ?? CaseTeamStore.CheckVersion(request, input.ExpectedVersion)
            ?? (input.Decision == AgendaDecision.Prioritise && breakdown is null
                ? (MutationError)new ValidationError("input.decision", "No member has scored this item yet; score it before prioritising.")
                : null)
            ?? moves.Move(request, to, action);
        if (refused is not null)
        {
            return refused;
        }

        (item.Decision, item.Rationale, item.PriorityScore, item.DecidedAt) = (input.Decision, rationale, breakdown?.Score, clock.GetUtcNow());
        if (input.Decision == AgendaDecision.Prioritise)
        {
            request.PriorityScore = breakdown!.Score;
            events.Append(request, CaseEventKind.Prioritised, new
            {
                agendaItem = GlobalId.Format("AgendaItem", item.Id), priorityScore = breakdown.Score, rationale,
            });
        }
        else if (input.Decision == AgendaDecision.Decline)
        {
            request.DeclineReason = rationale;
            // The requester reads the rationale: that is the hub's reply, as with a staff decline.
            request.FirstRespondedAt ??= item.DecidedAt;
        }

        return await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict ? conflict : mapper.Map<AgendaItemModel>(item);
    }
}
