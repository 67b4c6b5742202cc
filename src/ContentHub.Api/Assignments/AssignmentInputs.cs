using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Assignments;

/// <summary>
/// <c>estimatedHours</c> defaults to the hub's default assignment hours. <c>overrideCapacity</c>
/// assigns past the expert's monthly capacity: meant for staff only, which the roles of a later
/// issue will enforce.
/// </summary>
public sealed record AssignExpertInput(
    [property: Id] string RequestId, [property: Id] string ExpertId, int? EstimatedHours, bool? OverrideCapacity, int ExpectedVersion);

public sealed class AssignExpertInputType : AutoRegisteringInputObjectGraphType<AssignExpertInput>;

/// <summary>
/// <c>expectedVersion</c> is optional: without it the release applies to the case as it is now,
/// and a save that loses the race to another change is simply made again.
/// </summary>
public sealed record ReleaseAssignmentInput([property: Id] string AssignmentId, string? Note, int? ExpectedVersion);

public sealed class ReleaseAssignmentInputType : AutoRegisteringInputObjectGraphType<ReleaseAssignmentInput>;
