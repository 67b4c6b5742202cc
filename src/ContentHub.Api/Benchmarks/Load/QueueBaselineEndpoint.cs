using System.Globalization;
using System.Text;
using ContentHub.Api.Access;
using ContentHub.Api.Composition;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Requests;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>
/// The load test's yardstick: the triage queue of <c>schema/operations/queue.graphql</c> written by
/// hand as a plain ASP.NET Core JSON endpoint with EF Core — the same rows, fields, order and JSON
/// shape, without GraphQL. Mapped only in the server the load test starts (<see cref="LoadServer"/>).
/// </summary>
public static class QueueBaselineEndpoint
{
    public const string Path = "/baseline/queue";
    private static readonly RequestStatus[] Open = [RequestStatus.Submitted, RequestStatus.Triaged, RequestStatus.AwaitingCommittee, RequestStatus.Prioritised];

    public static IEndpointRouteBuilder MapQueueBaseline(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (int? first, ContentHubDbContext db, Caller caller, RequestAccess access, HubContext hub, IOptions<ContentHubOptions> options, CancellationToken cancellationToken) =>
        {
            // Whose queue: the whole hub's, for those the GraphQL path shows it to (the same rule).
            // Without it this endpoint handed every case of the hub to anyone who could call it; the
            // yardstick must answer only what the caller may see.
            if (!await caller.MayUseThisHubAsync(cancellationToken) || !await access.SeesWholeHubAsync(cancellationToken))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var size = first ?? options.Value.GraphQL.DefaultPageSize;
            var hubId = await hub.GetHubIdAsync(cancellationToken);
            var queue = db.HelpRequests.AsNoTracking().Where(r => r.HubId == hubId && Open.Contains(r.Status));
            // The total from the counts the database keeps, and keys first, then their rows, as the
            // GraphQL path does (KeptRequestCounts, Paging.ToConnectionAsync): a fair yardstick is a
            // hand-written endpoint as fast as its author could make it.
            var total = await db.RequestStatusCounts.AsNoTracking().Where(c => c.HubId == hubId && Open.Contains(c.Status)).SumAsync(c => c.Count, cancellationToken);
            var keys = await queue.OrderByDescending(r => r.PriorityScore).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(size + 1)
                .Select(r => r.Id).ToListAsync(cancellationToken);
            var rows = (await db.HelpRequests.AsNoTracking().Where(r => keys.Contains(r.Id))
                .Select(r => new
                {
                    r.Id, r.Title, r.Status, r.Language, r.PriorityScore, r.ContentVolume, r.CreatedAt,
                    Affiliate = new { r.Affiliate!.Name, r.Affiliate.CountryCode },
                    Campaign = r.Campaign == null ? null : new { r.Campaign.Name },
                })
                .ToListAsync(cancellationToken)).OrderBy(r => keys.IndexOf(r.Id)).ToList();
            var page = rows.Take(size).ToList();
            var ids = page.Select(r => r.Id).ToList();
            var helpTypes = (await db.Set<Dictionary<string, object>>("HelpRequestHelpType")
                    .Where(link => ids.Contains(EF.Property<int>(link, "HelpRequestId")))
                    .Join(db.HelpTypes, link => EF.Property<int>(link, "HelpTypeId"), t => t.Id,
                        (link, t) => new { RequestId = EF.Property<int>(link, "HelpRequestId"), t.Key, t.Name })
                    .OrderBy(row => row.Name)
                    .ToListAsync(cancellationToken))
                .ToLookup(row => row.RequestId, row => new { key = row.Key, name = row.Name });

            var nodes = page.Select(r => new
            {
                id = GlobalId.Format("HelpRequest", r.Id),
                title = r.Title,
                status = r.Status.ToString().ToConstantCase(),
                language = r.Language,
                priorityScore = r.PriorityScore,
                contentVolume = r.ContentVolume,
                createdAt = r.CreatedAt,
                affiliate = new { name = r.Affiliate.Name, countryCode = r.Affiliate.CountryCode },
                helpTypes = helpTypes[r.Id],
                campaign = r.Campaign is null ? null : new { name = r.Campaign.Name },
            });
            var endCursor = page.Count == 0 ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes((page.Count - 1).ToString(CultureInfo.InvariantCulture)));
            return Results.Json(new { data = new { requests = new { totalCount = total, pageInfo = new { hasNextPage = rows.Count > size, endCursor }, nodes } } });
        });
        return app;
    }
}
