using ContentHub.Api.GraphQL;
using ContentHub.Data.Committee;
using GraphQL.Types;

namespace ContentHub.Api.Committee;

/// <summary>Only the committee's chair edits its criteria and weights.</summary>
public sealed record NotCommitteeChairError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "NOT_COMMITTEE_CHAIR";
}

/// <summary>The person does not sit on the committee holding the meeting.</summary>
public sealed record NotCommitteeMemberError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "NOT_COMMITTEE_MEMBER";
}

/// <summary>A member never scores a request from their own affiliate.</summary>
public sealed record ConflictOfInterestError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "CONFLICT_OF_INTEREST";
}

/// <summary>The meeting has decided the item; its scores and decision are closed.</summary>
public sealed record AgendaItemDecidedError(AgendaDecision Decision, string Message) : MutationError(Message)
{
    public override string Code => "AGENDA_ITEM_DECIDED";
}

/// <summary>The meeting has decided cases: it was held, and its record stays.</summary>
public sealed record MeetingHeldError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "MEETING_HELD";
}

/// <summary>Staff called the meeting off; nothing goes on its agenda any more.</summary>
public sealed record MeetingCancelledError(string Field, DateTimeOffset CancelledAt, string Message) : MutationError(Message)
{
    public override string Code => "MEETING_CANCELLED";
}

public sealed class NotCommitteeChairErrorType : ErrorType<NotCommitteeChairError>
{
    public NotCommitteeChairErrorType() : base("Only the committee's chair may do this.") => Field(e => e.Field);
}

public sealed class NotCommitteeMemberErrorType : ErrorType<NotCommitteeMemberError>
{
    public NotCommitteeMemberErrorType() : base("The person does not sit on this committee.") => Field(e => e.Field);
}

public sealed class ConflictOfInterestErrorType : ErrorType<ConflictOfInterestError>
{
    public ConflictOfInterestErrorType() : base("The member comes from the requesting affiliate and may not score its request.") => Field(e => e.Field);
}

public sealed class AgendaItemDecidedErrorType : ErrorType<AgendaItemDecidedError>
{
    public AgendaItemDecidedErrorType() : base("The meeting has already decided this agenda item.") =>
        Field(e => e.Decision, type: typeof(NonNullGraphType<EnumerationGraphType<AgendaDecision>>)).Description("What the meeting decided.");
}

public sealed class MeetingHeldErrorType : ErrorType<MeetingHeldError>
{
    public MeetingHeldErrorType() : base("The meeting has already decided cases; it was held and cannot be called off.") => Field(e => e.Field);
}

public sealed class MeetingCancelledErrorType : ErrorType<MeetingCancelledError>
{
    public MeetingCancelledErrorType() : base("The meeting was called off.")
    {
        Field(e => e.Field);
        Field(e => e.CancelledAt).Description("When staff called it off.");
    }
}
