using System.Linq.Expressions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Usefulness;

/// <summary>A case and the group it counts towards (its affiliate, campaign or hub).</summary>
public sealed class GroupedCase
{
    public int RequestId { get; init; }
    public int? GroupId { get; init; }
}

/// <summary>
/// Impact totals of many groups in one SQL query: the latest report of each case of the addressed
/// hub, joined to the case's group, summed with GROUP BY. Nothing is loaded case by case.
/// </summary>
public sealed class ImpactTotalsQuery(ContentHubDbContext db, HubContext hub)
{
    public async Task<IReadOnlyDictionary<int, ImpactTotals>> ByGroupAsync(
        Expression<Func<HelpRequest, GroupedCase>> group, IReadOnlyCollection<int> groupIds, CancellationToken cancellationToken)
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        // Reports are appended in time order, so a case's latest report is the one with the highest Id.
        var latest = db.ImpactReports.Where(report => !db.ImpactReports.Any(newer => newer.HelpRequestId == report.HelpRequestId && newer.Id > report.Id));
        var rows = await db.HelpRequests
            .Where(r => r.HubId == hubId)
            .Select(group)
            .Where(c => c.GroupId != null && groupIds.Contains(c.GroupId.Value))
            .Join(latest, c => c.RequestId, report => report.HelpRequestId, (c, report) => new { GroupId = c.GroupId!.Value, report })
            .GroupBy(row => row.GroupId)
            // Int sums: the whole of Commons holds far fewer than 2^31 files.
            .Select(g => new
            {
                g.Key,
                Totals = new ImpactTotals(
                    g.Count(), g.Sum(row => row.report.FilesUploaded), g.Sum(row => row.report.FilesUsedOnWikiPages), g.Sum(row => row.report.WikidataItemsCreated)),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Key, row => row.Totals);
    }
}
