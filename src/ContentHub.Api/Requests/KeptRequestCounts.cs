using System.Collections;
using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Requests;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Requests;

/// <summary>
/// The total of a requests list from the counts the database keeps per hub and status
/// (<see cref="RequestStatusCount"/>), where that is the same number: the caller sees every case of
/// the hub, and the list is filtered on status alone (or not at all). Counting the triage queue's
/// open cases stepped through every one of them (4.5 of the queue's 9.3 ms at 100k cases).
/// </summary>
public static class KeptRequestCounts
{
    /// <summary>Compiled once: the triage queue asks for it on every call.</summary>
    private static readonly Func<ContentHubDbContext, int, List<RequestStatus>, CancellationToken, Task<int>> TotalOf =
        EF.CompileAsyncQuery((ContentHubDbContext db, int hubId, List<RequestStatus> statuses, CancellationToken cancellationToken) =>
            db.RequestStatusCounts.Where(c => c.HubId == hubId && statuses.Contains(c.Status)).Sum(c => c.Count));

    public static async ValueTask<Func<CancellationToken, Task<int>>?> TotalAsync(IResolveFieldContext context, Dictionary<string, object?>? where)
    {
        if (StatusesOf(where) is not { } statuses || !await context.Get<RequestAccess>().SeesWholeHubAsync(context.CancellationToken))
        {
            return null;
        }

        var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
        var db = context.Get<ContentHubDbContext>();
        return token => TotalOf(db, hubId, statuses, token);
    }

    /// <summary>The statuses a filter on status alone lets through (all without a filter); null for any other filter.</summary>
    private static List<RequestStatus>? StatusesOf(Dictionary<string, object?>? where)
    {
        if (where is null or { Count: 0 })
        {
            return [.. Enum.GetValues<RequestStatus>()];
        }

        if (where is not { Count: 1 } || where.GetValueOrDefault("status") is not Dictionary<string, object?> { Count: 1 } condition)
        {
            return null;
        }

        var (operation, operand) = condition.Single();
        return (operation, operand) switch
        {
            ("eq", RequestStatus status) => [status],
            ("neq", RequestStatus status) => [.. Enum.GetValues<RequestStatus>().Where(s => s != status)],
            ("in", IEnumerable list) when Listed(list) is { } listed => listed,
            ("nin", IEnumerable list) when Listed(list) is { } listed => [.. Enum.GetValues<RequestStatus>().Except(listed)],
            _ => null, // a null operand, or an operation this does not know: count the rows
        };
    }

    private static List<RequestStatus>? Listed(IEnumerable list)
    {
        var statuses = list.Cast<object?>().ToList();
        return statuses.All(s => s is RequestStatus) ? [.. statuses.Cast<RequestStatus>()] : null;
    }
}
