using System.Linq.Expressions;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Matching;

/// <summary>What matching reads about every expert of a hub at once: cases resolved (all told and recent) and open hours.</summary>
public sealed record TeamFigures(Dictionary<int, (int All, int Recent)> TrackRecords, Dictionary<int, int> OpenHours);

/// <summary>
/// Keeps each hub's <see cref="TeamFigures"/> between requests. They are aggregates over all the
/// hub's cases (the one part of matching that grows with them), and they change only with a case
/// event that moves a case or its team, so a cached copy holds while the hub's latest such event
/// is the same, for the day (the track record's "recent" is counted from today), and while the
/// hub's hours per referral stay as they were.
/// </summary>
public sealed class TeamFiguresCache
{
    private static readonly CaseEventKind[] TeamOrStatusChanges =
    [
        CaseEventKind.Assigned, CaseEventKind.Unassigned, CaseEventKind.Referred, CaseEventKind.ReferralUpdated,
        CaseEventKind.StatusChanged, CaseEventKind.Resolved,
    ];

    /// <summary>
    /// The newest event of each kind that counts, one seek each on (HubId, Kind, Sequence). Walking
    /// the hub's events newest first until one of these kinds cost as many steps as comments and
    /// edits had come since the last change of team or status: thousands in the load test. Compiled
    /// once, since every expertMatches call asks: EF Core would otherwise walk, hash and look up
    /// the six subqueries on every call.
    /// </summary>
    private static readonly Func<ContentHubDbContext, int, CancellationToken, Task<long?>> NewestChangeOf = CompileNewestChange();

    private readonly StampedCache<(long Sequence, DateOnly Day, int ReferralHours), TeamFigures> hubs = new();

    public async Task<TeamFigures> GetAsync(
        ContentHubDbContext db, int hubId, DateOnly today, int referralHours, Func<Task<TeamFigures>> load, CancellationToken cancellationToken)
    {
        var latest = await NewestChangeOf(db, hubId, cancellationToken);
        return await hubs.GetAsync(hubId, (latest ?? 0, today, referralHours), load);
    }

    private static Func<ContentHubDbContext, int, CancellationToken, Task<long?>> CompileNewestChange()
    {
        Expression<Func<CaseEventKind, ContentHubDbContext, int, IQueryable<long>>> newestOfKind = (kind, db, hubId) =>
            db.CaseEvents.Where(e => e.HubId == hubId && e.Kind == kind).OrderByDescending(e => e.Sequence).Select(e => e.Sequence).Take(1);
        var newestOfEach = TeamOrStatusChanges
            .Select(kind => FilterExpressions.Replace(newestOfKind, Expression.Constant(kind)))
            .Aggregate((all, next) => Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(long)], all, next));
        Expression<Func<long, long?>> orNone = sequence => sequence;
        var newest = Expression.Call(typeof(Queryable), nameof(Queryable.Max), [typeof(long), typeof(long?)], newestOfEach, Expression.Quote(orNone));
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        return EF.CompileAsyncQuery(Expression.Lambda<Func<ContentHubDbContext, int, CancellationToken, long?>>(
            newest, newestOfKind.Parameters[1], newestOfKind.Parameters[2], cancellation));
    }
}
