using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Usefulness;

/// <summary>Impact is counted once the work is done: the case is not resolved or closed yet.</summary>
public sealed record CaseNotFinishedError(RequestStatus Status, string Message) : MutationError(Message)
{
    public override string Code => "CASE_NOT_FINISHED";
}

public sealed class CaseNotFinishedErrorType : ErrorType<CaseNotFinishedError>
{
    public CaseNotFinishedErrorType() : base("Impact is recorded for resolved or closed cases only.") =>
        Field(e => e.Status, type: typeof(NonNullGraphType<EnumerationGraphType<RequestStatus>>)).Description("The case's status now.");
}
