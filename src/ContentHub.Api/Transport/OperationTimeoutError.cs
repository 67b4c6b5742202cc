using System.Globalization;
using GraphQL;

namespace ContentHub.Api.Transport;

/// <summary>
/// The operation ran longer than <c>ContentHub:GraphQL:OperationTimeout</c> and was cancelled.
/// Mutations save in one transaction each, so one cancelled before its commit wrote nothing; in a
/// document of several mutations those that finished before the deadline stay saved.
/// </summary>
public sealed class OperationTimeoutError : ExecutionError
{
    public OperationTimeoutError(TimeSpan timeout) : base(string.Create(CultureInfo.InvariantCulture,
        $"The operation ran longer than {timeout.TotalSeconds:0.###} s and was stopped. Ask for less (smaller pages, fewer nested lists) or try again later.")) =>
        Code = "OPERATION_TIMEOUT";
}
