using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Assignments;

/// <summary>
/// Loads a case with its team for a change, and saves that change. Every change of the team
/// touches the case, so its version guards the whole team: two changes that each think the other
/// expert is still on the case cannot both be saved, and nobody is left stranded on the queue.
/// </summary>
public sealed class CaseTeamStore(ContentHubDbContext db, HubContext hub, TimeProvider clock)
{
    // Every round somebody wins, so a few rounds outlast any likely crowd of answers to one case.
    private const int MaxRounds = 5;

    private IQueryable<HelpRequest> Cases => db.HelpRequests.Include(r => r.Assignments).Include(r => r.Referrals);

    /// <summary>The case an input names, tracked with its assignments and referrals.</summary>
    public Task<HelpRequest?> FindCaseAsync(InputErrors errors, string field, string id, CancellationToken cancellationToken) =>
        hub.FindNodeAsync(Cases, errors, field, id, "HelpRequest", cancellationToken);

    /// <summary>
    /// The case holding the assignment or referral an input names, tracked with its team, and the
    /// part's key; null, with the NOT_FOUND error recorded, when it is not one of this hub's.
    /// </summary>
    public async Task<(HelpRequest Case, int Key)?> FindCaseHoldingAsync<TPart>(
        InputErrors errors, string field, string id, string typeName, CancellationToken cancellationToken) where TPart : class
    {
        if (errors.Id(field, id, typeName) is not { } key)
        {
            return null;
        }

        var holder = db.Set<TPart>().Where(p => EF.Property<int>(p, "Id") == key).Select(p => EF.Property<int>(p, "HelpRequestId"));
        var request = await (await hub.ScopeAsync(Cases, cancellationToken)).FirstOrDefaultAsync(r => holder.Contains(r.Id), cancellationToken);
        if (request is null)
        {
            errors.NotFound(field, id, typeName);
            return null;
        }

        return (request, key);
    }

    /// <summary>A conflict when the caller named a version and the case has moved on since.</summary>
    public static ConcurrencyConflictError? CheckVersion(HelpRequest request, int? expectedVersion) =>
        expectedVersion is { } expected && expected != request.Version ? Conflict(expected, request.Version) : null;

    /// <summary>Saves the change of the case read at <paramref name="readVersion"/>; a conflict when another save won the race.</summary>
    public async Task<ConcurrencyConflictError?> SaveAsync(HelpRequest request, int readVersion, CancellationToken cancellationToken)
    {
        request.UpdatedAt = clock.GetUtcNow();
        return await db.SaveUnlessEditedMeanwhileAsync(request, cancellationToken) is { } current ? Conflict(readVersion, current) : null;
    }

    /// <summary>
    /// Runs a change until it is saved. A caller who named the version they read gets the conflict
    /// when someone saved the case since; one who did not (an expert answering a referral knows no
    /// version) asked for the change on the case as it is now, so it is read and made again.
    /// </summary>
    public async Task<Payload<T>> ChangeAsync<T>(int? expectedVersion, Func<Task<Payload<T>>> attempt) where T : class
    {
        for (var round = 1; ; round++)
        {
            var result = await attempt();
            if (expectedVersion is not null || round == MaxRounds || result.Errors is not [ConcurrencyConflictError])
            {
                return result;
            }

            db.ChangeTracker.Clear();
        }
    }

    private static ConcurrencyConflictError Conflict(int expected, int current) => ConcurrencyConflictError.Of("request", expected, current);
}
