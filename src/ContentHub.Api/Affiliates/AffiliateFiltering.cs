using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Data.Affiliates;
using GraphQL.Types;
using System.Linq.Expressions;

namespace ContentHub.Api.Affiliates;

public sealed class AffiliateFilterInputType : FilterInputType<Affiliate>
{
    public AffiliateFilterInputType() : base("AffiliateFilterInput")
    {
        Filter<StringOperationFilterInputType, string>("key", a => a.Key);
        Filter<StringOperationFilterInputType, string>("name", a => a.Name);
        Filter<EnumOperationFilterInputType<EnumerationGraphType<AffiliateKind>>, AffiliateKind>("kind", a => a.Kind);
        Filter<StringOperationFilterInputType, string?>("countryCode", a => a.CountryCode);
        Filter<StringOperationFilterInputType, string?>("region", a => a.Region);
        Filter<ListStringOperationFilterInputType, List<string>>("languages", a => a.Languages);
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("createdAt", a => a.CreatedAt);
    }
}

public sealed class AffiliateSortInputType : SortInputType<Affiliate>
{
    public AffiliateSortInputType() : base("AffiliateSortInput")
    {
        Sort("key", a => a.Key);
        Sort("name", a => a.Name);
        Sort("kind", a => a.Kind);
        Sort("countryCode", a => a.CountryCode);
        Sort("region", a => a.Region);
        Sort("createdAt", a => a.CreatedAt);
    }

    protected override IOrderedQueryable<Affiliate> DefaultOrder(IQueryable<Affiliate> query, Expression<Func<Affiliate, int>> tieBreaker) =>
        query.OrderBy(a => a.Name).ThenBy(tieBreaker);
}
