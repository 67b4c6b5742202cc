using System.Linq.Expressions;
using ContentHub.Data.Requests;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// The events one subscription wants: those of its hub, narrowed by the <c>where</c> filter. The same
/// predicate runs in SQL for the replay and in memory for live events, so both agree.
/// </summary>
public sealed record CaseEventQuery(int HubId, Expression<Func<CaseEvent, bool>>? Filter)
{
    public IQueryable<CaseEvent> Apply(IQueryable<CaseEvent> events)
    {
        var hubId = HubId;
        var inHub = events.Where(e => e.HubId == hubId);
        return Filter is null ? inHub : inHub.Where(Filter);
    }

    public Func<CaseEvent, bool> Compile()
    {
        var hubId = HubId;
        if (Filter is null)
        {
            return e => e.HubId == hubId;
        }

        var filter = Filter.Compile();
        return e => e.HubId == hubId && filter(e);
    }
}
