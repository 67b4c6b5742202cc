using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Experts;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Assignments;

/// <summary>Puts the hub's own experts on a case and takes them off again, within their capacity.</summary>
public sealed class AssignmentCommands(
    ContentHubDbContext db, IMapper mapper, HubContext hub, CaseTeamStore store, CaseTeam team, ExpertCapacity capacity, CaseEventLog events, TimeProvider clock)
{
    /// <summary>No estimate may exceed the largest monthly capacity a profile can have.</summary>
    private const int MaxEstimatedHours = 200;

    public async Task<Payload<TeamChange<CaseAssignmentModel>>> AssignAsync(AssignExpertInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await store.FindCaseAsync(errors, "input.requestId", input.RequestId, cancellationToken);
        var expert = await hub.FindNodeAsync(db.ExpertProfiles, errors, "input.expertId", input.ExpertId, "ExpertProfile", cancellationToken);
        var hours = errors.Range("input.estimatedHours", input.EstimatedHours, 1, MaxEstimatedHours)
            ?? await capacity.DefaultAssignmentHoursAsync(await hub.GetHubIdAsync(cancellationToken), cancellationToken);
        if (expert is { Kind: ExpertKind.External })
        {
            errors.Add(new ValidationError("input.expertId", "This expert works outside the hub; refer the request to them with referRequest instead."));
        }

        if (request is null || expert is null || errors.Any)
        {
            return Payload<TeamChange<CaseAssignmentModel>>.Failure(errors.All);
        }

        var readVersion = request.Version;
        // The capacity check and the save share one transaction that holds the expert's row, so
        // assignments of the expert to other cases at the same moment wait, then count this one:
        // each case's version guards only its own team. A refusal rolls it back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Every check before the one that moves the case, so a refusal leaves nothing changed.
        MutationError? refused = CaseTeamStore.CheckVersion(request, input.ExpectedVersion)
            ?? (request.Assignments.Any(a => a.ExpertProfileId == expert.Id && a.ReleasedAt is null)
                ? new DuplicateError("input.expertId", "This expert is already assigned to the case.")
                : null)
            ?? team.Unavailable(expert, "input.expertId")
            ?? (input.OverrideCapacity == true ? null : await capacity.HoldAndCheckAsync(expert, hours, cancellationToken))
            ?? (MutationError?)team.TakeOn(request, RequestStatus.Assigned, "assigned");
        if (refused is not null)
        {
            return refused;
        }

        var assignment = new CaseAssignment { ExpertProfileId = expert.Id, EstimatedHours = hours, AssignedAt = clock.GetUtcNow() };
        request.Assignments.Add(assignment);
        events.Append(request, CaseEventKind.Assigned, new
        {
            expert = GlobalId.Format("ExpertProfile", expert.Id), estimatedHours = hours, overrideCapacity = input.OverrideCapacity == true,
        });
        if (await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return Changed(request, assignment);
    }

    public Task<Payload<TeamChange<CaseAssignmentModel>>> ReleaseAsync(ReleaseAssignmentInput input, CancellationToken cancellationToken) =>
        store.ChangeAsync(input.ExpectedVersion, async () =>
        {
            var errors = new InputErrors();
            var found = await store.FindCaseHoldingAsync<CaseAssignment>(errors, "input.assignmentId", input.AssignmentId, "CaseAssignment", cancellationToken);
            var note = errors.Text("input.note", input.Note, Limits.Summary, required: false);
            if (found is not ({ } request, var key) || errors.Any)
            {
                return Payload<TeamChange<CaseAssignmentModel>>.Failure(errors.All);
            }

            var assignment = request.Assignments.Single(a => a.Id == key);
            var readVersion = request.Version;
            MutationError? refused = (MutationError?)CaseTeamStore.CheckVersion(request, input.ExpectedVersion)
                ?? (assignment.ReleasedAt is { } released
                    ? new ValidationError("input.assignmentId", $"This assignment was already released on {released:yyyy-MM-dd}.")
                    : null);
            if (refused is not null)
            {
                return refused;
            }

            assignment.ReleasedAt = clock.GetUtcNow();
            events.Append(request, CaseEventKind.Unassigned, new
            {
                assignment = GlobalId.Format("CaseAssignment", key), expert = GlobalId.Format("ExpertProfile", assignment.ExpertProfileId), note,
            });
            if (team.FollowTeamAfterLeaving(request) is { } invalid)
            {
                return invalid;
            }

            return await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict ? conflict : Changed(request, assignment);
        });

    private Payload<TeamChange<CaseAssignmentModel>> Changed(HelpRequest request, CaseAssignment assignment) =>
        new TeamChange<CaseAssignmentModel>(mapper.Map<HelpRequestModel>(request), mapper.Map<CaseAssignmentModel>(assignment));
}
