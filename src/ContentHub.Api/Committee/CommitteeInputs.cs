using ContentHub.Data.Committee;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Committee;


/// <summary>The whole new set of criteria; it becomes the committee's next criteria version.</summary>
public sealed record UpdateCommitteeCriteriaInput([property: Id] string CommitteeId, List<CriterionInput> Criteria);

public sealed class UpdateCommitteeCriteriaInputType : AutoRegisteringInputObjectGraphType<UpdateCommitteeCriteriaInput>;

/// <summary>Weights are positive, at most four decimals, and add up to 1 across the set.</summary>
public sealed record CriterionInput(string Key, string Name, string? Description, decimal Weight, CriterionDirection Direction);

public sealed class CriterionInputType : AutoRegisteringInputObjectGraphType<CriterionInput>;

public sealed record ScheduleCommitteeMeetingInput([property: Id] string CommitteeId, DateOnly Date, string Title);

public sealed class ScheduleCommitteeMeetingInputType : AutoRegisteringInputObjectGraphType<ScheduleCommitteeMeetingInput>;

public sealed record AddToAgendaInput([property: Id] string MeetingId, [property: Id] string RequestId, int ExpectedVersion);

public sealed class AddToAgendaInputType : AutoRegisteringInputObjectGraphType<AddToAgendaInput>;

/// <summary>One score per criterion of the meeting's criteria version, 1–5; scoring again replaces the member's scores.</summary>
public sealed record ScoreAgendaItemInput([property: Id] string AgendaItemId, List<CriterionScoreInput> Scores, string? Comment);

public sealed class ScoreAgendaItemInputType : AutoRegisteringInputObjectGraphType<ScoreAgendaItemInput>;

public sealed record CriterionScoreInput(string CriterionKey, int Score);

public sealed class CriterionScoreInputType : AutoRegisteringInputObjectGraphType<CriterionScoreInput>;

/// <summary>The rationale is public: the requester reads it. <c>expectedVersion</c> is the case's, when the caller knows it.</summary>
/// <summary>Takes an undecided case off a meeting's agenda, with the reason the case's history keeps.</summary>
public sealed record RemoveFromAgendaInput([property: Id] string AgendaItemId, string Reason, int? ExpectedVersion);

public sealed class RemoveFromAgendaInputType : AutoRegisteringInputObjectGraphType<RemoveFromAgendaInput>;

public sealed record CancelCommitteeMeetingInput([property: Id] string MeetingId, string Reason);

public sealed class CancelCommitteeMeetingInputType : AutoRegisteringInputObjectGraphType<CancelCommitteeMeetingInput>;

public sealed record DecideAgendaItemInput([property: Id] string AgendaItemId, AgendaDecision Decision, string Rationale, int? ExpectedVersion);

public sealed class DecideAgendaItemInputType : AutoRegisteringInputObjectGraphType<DecideAgendaItemInput>;
