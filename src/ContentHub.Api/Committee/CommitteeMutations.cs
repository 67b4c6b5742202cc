using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Committee;

public sealed class UpdateCommitteeCriteriaPayloadType() : PayloadType<CommitteeType, CommitteeModel>(
    "UpdateCommitteeCriteria", "committee", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateErrorType),
    typeof(ConcurrencyConflictErrorType), typeof(NotCommitteeChairErrorType));

public sealed class ScheduleCommitteeMeetingPayloadType() : PayloadType<CommitteeMeetingType, CommitteeMeetingModel>(
    "ScheduleCommitteeMeeting", "meeting", typeof(ValidationErrorType), typeof(NotFoundErrorType));

public sealed class CancelCommitteeMeetingPayloadType() : PayloadType<CommitteeMeetingType, CommitteeMeetingModel>(
    "CancelCommitteeMeeting", "meeting", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType), typeof(MeetingHeldErrorType), typeof(MeetingCancelledErrorType));

public sealed class AddToAgendaPayloadType() : PayloadType<AgendaItemType, AgendaItemModel>(
    "AddToAgenda", "agendaItem", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType), typeof(DuplicateErrorType), typeof(MeetingCancelledErrorType));

public sealed class RemoveFromAgendaPayloadType() : PayloadType<HelpRequestType, HelpRequestModel>(
    "RemoveFromAgenda", "helpRequest", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType), typeof(AgendaItemDecidedErrorType));

public sealed class ScoreAgendaItemPayloadType() : PayloadType<AgendaItemType, AgendaItemModel>(
    "ScoreAgendaItem", "agendaItem", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateErrorType),
    typeof(NotCommitteeMemberErrorType), typeof(ConflictOfInterestErrorType), typeof(AgendaItemDecidedErrorType));

public sealed class DecideAgendaItemPayloadType() : PayloadType<AgendaItemType, AgendaItemModel>(
    "DecideAgendaItem", "agendaItem", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType),
    typeof(InvalidTransitionErrorType), typeof(AgendaItemDecidedErrorType));

public static class CommitteeMutations
{
    public static void AddCommitteeMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<UpdateCommitteeCriteriaInputType, UpdateCommitteeCriteriaPayloadType, UpdateCommitteeCriteriaInput>(
            "updateCommitteeCriteria", "The chair sets the committee's criteria and weights; they become a new criteria version, and earlier decisions keep theirs.",
            async (context, input) => await context.Get<CriteriaCommands>().UpdateAsync(input, context.CancellationToken));
        mutation.Mutation<ScheduleCommitteeMeetingInputType, ScheduleCommitteeMeetingPayloadType, ScheduleCommitteeMeetingInput>(
            "scheduleCommitteeMeeting", "Schedules a meeting of the committee under its criteria version in force.",
            async (context, input) => await context.Get<MeetingCommands>().ScheduleAsync(input, context.CancellationToken));
        mutation.Mutation<CancelCommitteeMeetingInputType, CancelCommitteeMeetingPayloadType, CancelCommitteeMeetingInput>(
            "cancelCommitteeMeeting", "Calls off a meeting that has decided nothing yet: every case comes off its agenda with its members' scores, "
            + "a case AWAITING_COMMITTEE goes back to TRIAGED, and the cases' histories keep the reason.",
            async (context, input) => await context.Get<MeetingCommands>().CancelAsync(input, context.CancellationToken));
        mutation.Mutation<AddToAgendaInputType, AddToAgendaPayloadType, AddToAgendaInput>(
            "addToAgenda", "Puts a TRIAGED case on a meeting's agenda; the case becomes AWAITING_COMMITTEE.",
            async (context, input) => await context.Get<MeetingCommands>().AddToAgendaAsync(input, context.CancellationToken));
        mutation.Mutation<RemoveFromAgendaInputType, RemoveFromAgendaPayloadType, RemoveFromAgendaInput>(
            "removeFromAgenda", "Takes a case the meeting has not decided off its agenda, with its members' scores; a case AWAITING_COMMITTEE goes back to TRIAGED.",
            async (context, input) => await context.Get<MeetingCommands>().RemoveFromAgendaAsync(input, context.CancellationToken));
        mutation.Mutation<ScoreAgendaItemInputType, ScoreAgendaItemPayloadType, ScoreAgendaItemInput>(
            "scoreAgendaItem", "A member scores an open agenda item on every criterion (1–5), replacing their earlier scores; never a request of their own affiliate.",
            async (context, input) => await context.Get<ScoringCommands>().ScoreAsync(input, context.CancellationToken));
        mutation.Mutation<DecideAgendaItemInputType, DecideAgendaItemPayloadType, DecideAgendaItemInput>(
            "decideAgendaItem", "Records the meeting's decision and public rationale: PRIORITISE (case PRIORITISED with its score), DECLINE or DEFER (back to TRIAGED).",
            async (context, input) => await context.Get<DecisionCommands>().DecideAsync(input, context.CancellationToken));
    }
}
