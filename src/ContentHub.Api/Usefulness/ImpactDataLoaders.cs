using System.Linq.Expressions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;

namespace ContentHub.Api.Usefulness;

/// <summary>The impact reports of many cases, newest first, in one query.</summary>
public sealed class ImpactReportsByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<ImpactReport, ImpactReportModel>(
        mapping, db.ImpactReports, r => r.HelpRequestId, r => r.HelpRequestId, q => q.OrderByDescending(r => r.Id));

/// <summary>Impact totals per group; a group whose cases have no reports yet gets zeros.</summary>
public abstract class ImpactTotalsLoader(ImpactTotalsQuery totals, Expression<Func<HelpRequest, GroupedCase>> group) : BatchLoader<int, ImpactTotals>
{
    protected override ImpactTotals Missing => ImpactTotals.None;

    protected override Task<IReadOnlyDictionary<int, ImpactTotals>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        totals.ByGroupAsync(group, keys, cancellationToken);
}

public sealed class ImpactTotalsByAffiliateLoader(ImpactTotalsQuery totals)
    : ImpactTotalsLoader(totals, r => new GroupedCase { RequestId = r.Id, GroupId = r.AffiliateId });

public sealed class ImpactTotalsByCampaignLoader(ImpactTotalsQuery totals)
    : ImpactTotalsLoader(totals, r => new GroupedCase { RequestId = r.Id, GroupId = r.CampaignId });

public sealed class ImpactTotalsByHubLoader(ImpactTotalsQuery totals)
    : ImpactTotalsLoader(totals, r => new GroupedCase { RequestId = r.Id, GroupId = r.HubId });
