using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Assignments;

public sealed class AssignmentByIdLoader(ContentHubDbContext db, RowsByKey rows, ContentHub.Api.Access.RequestAccess access)
    : CasePartByIdLoader<CaseAssignment, CaseAssignmentModel>(db, rows, access, a => a.Id, a => a.Id);

/// <summary>The open hours of many experts with one reading of their workload; an expert with none has 0.</summary>
public sealed class OpenHoursByExpertLoader(ExpertCapacity capacity, HubContext hub) : BatchLoader<int, int>
{
    protected override async Task<IReadOnlyDictionary<int, int>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await capacity.OpenHoursAsync(await hub.GetHubIdAsync(cancellationToken), keys, cancellationToken);
}
