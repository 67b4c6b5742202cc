using System.Linq.Expressions;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Data.Requests;
using ContentHub.Data.Taxonomy;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed class HelpRequestFilterInputType : FilterInputType<HelpRequest>
{
    public HelpRequestFilterInputType() : base("HelpRequestFilterInput")
    {
        Filter<StringOperationFilterInputType, string>("title", r => r.Title);
        Filter<StringOperationFilterInputType, string>("description", r => r.Description);
        Filter<StringOperationFilterInputType, string>("language", r => r.Language);
        Filter<EnumOperationFilterInputType<EnumerationGraphType<RequestStatus>>, RequestStatus>("status", r => r.Status);
        FilterById("affiliate", r => r.AffiliateId, "Affiliate");
        FilterById("requester", r => r.RequesterId, "Person");
        FilterById("campaign", r => r.CampaignId, "Campaign");
        Filter<StringOperationFilterInputType, string?>("partnerName", r => r.Partner!.Name);
        Filter<EnumOperationFilterInputType<EnumerationGraphType<PartnerType>>, PartnerType?>("partnerType", r => r.Partner!.Type);
        Filter<ListFilterInputTypeOfHelpTypeFilterInputType, List<HelpType>>("helpTypes", r => r.HelpTypes);
        Filter<ListPlatformOperationFilterInputType, List<Platform>>("targetPlatforms", r => r.TargetPlatforms);
        Filter<IntOperationFilterInputType, int>("contentVolume", r => r.ContentVolume);
        Filter<DecimalOperationFilterInputType, decimal?>("priorityScore", r => r.PriorityScore);
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("createdAt", r => r.CreatedAt);
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("updatedAt", r => r.UpdatedAt);
        Filter<DateTimeOperationFilterInputType, DateTimeOffset?>("resolvedAt", r => r.ResolvedAt);
    }
}

public sealed class HelpTypeFilterInputType : FilterInputType<HelpType>
{
    public HelpTypeFilterInputType() : base("HelpTypeFilterInput")
    {
        Filter<StringOperationFilterInputType, string>("key", t => t.Key);
        Filter<StringOperationFilterInputType, string>("name", t => t.Name);
    }
}

public sealed class ListFilterInputTypeOfHelpTypeFilterInputType()
    : ListFilterInputType<HelpTypeFilterInputType>("ListFilterInputTypeOfHelpTypeFilterInput");

public sealed class ListPlatformOperationFilterInputType() : ListFilterInputType<EnumOperationFilterInputType<EnumerationGraphType<Platform>>>("ListPlatformOperationFilterInput");

public sealed class HelpRequestSortInputType : SortInputType<HelpRequest>
{
    public HelpRequestSortInputType() : base("HelpRequestSortInput")
    {
        Sort("title", r => r.Title);
        Sort("status", r => r.Status);
        Sort("language", r => r.Language);
        Sort("contentVolume", r => r.ContentVolume);
        Sort("priorityScore", r => r.PriorityScore);
        Sort("createdAt", r => r.CreatedAt);
        Sort("updatedAt", r => r.UpdatedAt);
        Sort("resolvedAt", r => r.ResolvedAt);
    }

    /// <summary>Newest first: the queue shows what just arrived.</summary>
    protected override IOrderedQueryable<HelpRequest> DefaultOrder(IQueryable<HelpRequest> query, Expression<Func<HelpRequest, int>> tieBreaker) =>
        query.OrderByDescending(r => r.CreatedAt).ThenByDescending(tieBreaker);
}
