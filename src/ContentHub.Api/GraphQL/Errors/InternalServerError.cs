using GraphQL;

namespace ContentHub.Api.GraphQL;

/// <summary>What a client sees of a fault it cannot fix: a fixed message and <c>INTERNAL_SERVER_ERROR</c>; the details go to the log.</summary>
public static class InternalServerError
{
    public const string Message = "Something went wrong on the server; the error has been logged.";

    public static ExecutionError Create() => new(Message) { Code = "INTERNAL_SERVER_ERROR" };
}
