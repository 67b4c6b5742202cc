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
