using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Matching;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ContentHub.Api.Usefulness;

namespace ContentHub.Api.Hubs;

public sealed class HubModel
{
    public int Id { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required string DefaultLanguage { get; init; }
    public List<string> Languages { get; init; } = [];
    public required MatchingPolicyModel Matching { get; init; }
    public int FirstReplyDueDays { get; init; }
    public bool AcceptsAnonymousRequests { get; init; }
}

public sealed class HubProfile : Profile
{
    public HubProfile() => CreateMap<Hub, HubModel>();
}

public sealed class HubType : ObjectGraphType<HubModel>
{
    public HubType()
    {
        Name = "Hub";
        Description = "An organisation running a helpdesk. Send its slug in the `X-ContentHub-Hub` header to address it.";
        this.ImplementNode(h => h.Id);
        Field(h => h.Slug);
        Field(h => h.Name);
        Field(h => h.Description, nullable: true);
        Field(h => h.DefaultLanguage);
        Field(h => h.Languages);
        Field<NonNullGraphType<MatchingPolicyType>>("matchingPolicy").Resolve(context => context.Source.Matching);
        Field(h => h.FirstReplyDueDays).Description("Days a request may wait for the hub's first reply before it is flagged overdue.");
        Field(h => h.AcceptsAnonymousRequests).Description("Whether people without an account may file a request, giving a name and an email to be answered at.");
        this.AddImpactTotalsField<HubModel, ImpactTotalsByHubLoader>(h => h.Id);
    }
}

public sealed class HubByIdLoader(ContentHubDbContext db, RowsByKey rows)
    : ModelByKeyLoader<Hub, HubModel>(db, rows, h => h.Id, h => h.Id);

public static class HubQueries
{
    public static void AddHubQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubType>>>>("hubs")
            .Description("Every hub served here.")
            .ResolveAsync(async context => await context.Get<ContentHubDbContext>().Hubs.AsNoTracking().OrderBy(h => h.Name)
                .ProjectTo<HubModel>(context.Get<IMappingConfiguration>()).ToListAsync(context.CancellationToken));
        query.Field<NonNullGraphType<HubType>>("currentHub")
            .Description("The hub this request addresses.")
            .ResolveAsync(async context =>
            {
                var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                return context.Get<HubByIdLoader>().Load(hubId);
            });
    }
}
