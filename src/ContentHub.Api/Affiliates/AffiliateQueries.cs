using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Data;
using ContentHub.Data.Affiliates;
using GraphQL.Types;

namespace ContentHub.Api.Affiliates;

public sealed class AffiliatesConnectionType() : ConnectionType<AffiliateType, AffiliateModel>("Affiliates");

public static class AffiliateQueries
{
    public static void AddAffiliateQueries(this ObjectGraphType query) =>
        query.Connection<object?, AffiliatesConnectionType, AffiliateFilterInputType, AffiliateSortInputType, Affiliate, AffiliateModel>(
                "affiliates",
                context => ValueTask.FromResult<IQueryable<Affiliate>>(context.Get<ContentHubDbContext>().Affiliates),
                a => a.Id)
            .Description("Affiliates of the movement, by name unless ordered otherwise.");
}

public sealed class AffiliateByIdLoader(ContentHubDbContext db, RowsByKey rows)
    : ModelByKeyLoader<Affiliate, AffiliateModel>(db, rows, a => a.Id, a => a.Id);
