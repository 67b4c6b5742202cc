using AutoMapper;
using ContentHub.Data.Taxonomy;

namespace ContentHub.Api.Taxonomy;

public sealed class HelpTypeModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed class SkillModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed class TaxonomyProfile : Profile
{
    public TaxonomyProfile()
    {
        CreateMap<HelpType, HelpTypeModel>();
        CreateMap<Skill, SkillModel>();
    }
}
