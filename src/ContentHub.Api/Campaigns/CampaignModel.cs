using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Campaigns;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ContentHub.Api.Usefulness;

namespace ContentHub.Api.Campaigns;

public sealed class CampaignModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string? Website { get; init; }
}

public sealed class CampaignProfile : Profile
{
    public CampaignProfile() => CreateMap<Campaign, CampaignModel>();
}

public sealed class CampaignType : ObjectGraphType<CampaignModel>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "A campaign or thematic group of the movement (Wiki Loves Monuments …) that requests can feed.";
        this.ImplementNode(c => c.Id);
        Field(c => c.Key);
        Field(c => c.Name);
        Field(c => c.Description, nullable: true);
        Field(c => c.Website, nullable: true);
        this.AddImpactTotalsField<CampaignModel, ImpactTotalsByCampaignLoader>(c => c.Id);
    }
}

public sealed class CampaignByIdLoader(ContentHubDbContext db, RowsByKey rows)
    : ModelByKeyLoader<Campaign, CampaignModel>(db, rows, c => c.Id, c => c.Id);

public static class CampaignQueries
{
    public static void AddCampaignQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignType>>>>("campaigns")
            .Description("Campaigns and thematic groups, by name.")
            .ResolveAsync(async context => await context.Get<ContentHubDbContext>().Campaigns.AsNoTracking().OrderBy(c => c.Name)
                .ProjectTo<CampaignModel>(context.Get<IMappingConfiguration>()).ToListAsync(context.CancellationToken));
}
