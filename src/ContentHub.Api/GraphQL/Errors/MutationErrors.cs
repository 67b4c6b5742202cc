using ContentHub.Data.Requests;

namespace ContentHub.Api.GraphQL;

/// <summary>An expected failure of a mutation, returned in its payload's <c>errors</c> list.</summary>
public abstract record MutationError(string Message)
{
    /// <summary>Stable, machine-readable; clients switch on it.</summary>
    public abstract string Code { get; }
}

/// <summary>An input value is missing, too long, malformed or out of range.</summary>
public sealed record ValidationError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "VALIDATION_FAILED";
}

/// <summary>An ID names nothing in this hub, or a node of the wrong type.</summary>
public sealed record NotFoundError(string Field, string Id, string Message) : MutationError(Message)
{
    public override string Code => "NOT_FOUND";
}

/// <summary>Someone else saved the record since the caller read it.</summary>
public sealed record ConcurrencyConflictError(int ExpectedVersion, int CurrentVersion, string Message) : MutationError(Message)
{
    public override string Code => "CONCURRENCY_CONFLICT";

    /// <summary>The conflict for an edit of <paramref name="what"/> ("request", "article").</summary>
    public static ConcurrencyConflictError Of(string what, int expected, int current) => new(expected, current,
        $"The {what} was changed by someone else (now version {current}, you edited version {expected}). Reload it and apply your change again.");
}

/// <summary>The case's current status does not allow this step.</summary>
public sealed record InvalidTransitionError(RequestStatus From, RequestStatus To, string Message) : MutationError(Message)
{
    public override string Code => "INVALID_TRANSITION";
}

/// <summary>A value that must be unique is taken.</summary>
public sealed record DuplicateError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "DUPLICATE";
}

/// <summary>The acting person's roles in the hub do not allow this step.</summary>
public sealed record NotPermittedError(string Field, string Message) : MutationError(Message)
{
    public override string Code => "NOT_PERMITTED";
}
