using ContentHub.Data.Requests;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "An expected failure of a mutation. `code` is stable; `message` is for people.";
        Field(e => e.Message).Description("What went wrong, for a person to read.");
        Field(e => e.Code).Description("A stable code to switch on.");
    }
}

/// <summary>Base for the error object types: each implements <c>Error</c> and knows its CLR record.</summary>
public abstract class ErrorType<TError> : ObjectGraphType<TError> where TError : MutationError
{
    protected ErrorType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Field(e => e.Message);
        Field(e => e.Code);
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TError;
    }
}

public sealed class ValidationErrorType : ErrorType<ValidationError>
{
    public ValidationErrorType() : base("An input value is missing, too long, malformed or out of range.") =>
        Field(e => e.Field).Description("The input field at fault, as a path such as `input.title`.");
}

public sealed class NotFoundErrorType : ErrorType<NotFoundError>
{
    public NotFoundErrorType() : base("An ID names nothing in this hub, or a node of another type.")
    {
        Field(e => e.Field).Description("The input field holding the ID.");
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class ConcurrencyConflictErrorType : ErrorType<ConcurrencyConflictError>
{
    public ConcurrencyConflictErrorType() : base("Someone else saved the record since you read it; reload and apply your change again.")
    {
        Field(e => e.ExpectedVersion);
        Field(e => e.CurrentVersion);
    }
}

public sealed class InvalidTransitionErrorType : ErrorType<InvalidTransitionError>
{
    public InvalidTransitionErrorType() : base("The case's current status does not allow this step.")
    {
        Field(e => e.From, type: typeof(NonNullGraphType<EnumerationGraphType<RequestStatus>>)).Description("The case's status now.");
        Field(e => e.To, type: typeof(NonNullGraphType<EnumerationGraphType<RequestStatus>>)).Description("The status the step would lead to.");
    }
}

public sealed class DuplicateErrorType : ErrorType<DuplicateError>
{
    public DuplicateErrorType() : base("A value that must be unique is already taken.") => Field(e => e.Field);
}

public sealed class NotPermittedErrorType : ErrorType<NotPermittedError>
{
    public NotPermittedErrorType() : base("The acting person's roles in this hub do not allow this step.") =>
        Field(e => e.Field).Description("The input field naming the actor.");
}
