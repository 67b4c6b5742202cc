using AutoMapper;
using ContentHub.Data.Experts;

namespace ContentHub.Api.Experts;

public sealed class ExpertProfileModel
{
    public int Id { get; init; }
    public int PersonId { get; init; }
    public ExpertKind Kind { get; init; }
    public string? HomeOrganisation { get; init; }
    public List<string> Languages { get; init; } = [];
    public List<string> Regions { get; init; } = [];
    public int MonthlyCapacityHours { get; init; }
    public DateOnly? AwayUntil { get; init; }
    public string? Bio { get; init; }
    public bool IsSample { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed class ExpertSkillModel
{
    public int ExpertProfileId { get; init; }
    public required string SkillKey { get; init; }
    public required string SkillName { get; init; }
    public SkillLevel Level { get; init; }
}

public sealed class ExpertProfileMapping : Profile
{
    public ExpertProfileMapping()
    {
        CreateMap<ExpertProfile, ExpertProfileModel>();
        // SkillKey and SkillName flatten Skill.Key and Skill.Name by convention.
        CreateMap<ExpertSkill, ExpertSkillModel>();
    }
}
