using ContentHub.Data.Hubs;
using ContentHub.Data.People;
using ContentHub.Data.Taxonomy;

namespace ContentHub.Data.Experts;

/// <summary>A person's expertise as offered to one hub: hub staff (internal) or elsewhere in the movement (external).</summary>
public sealed class ExpertProfile : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public ExpertKind Kind { get; set; }
    public string? HomeOrganisation { get; set; }
    public List<ExpertSkill> Skills { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> Regions { get; set; } = [];
    public int MonthlyCapacityHours { get; set; }
    /// <summary>Null when available; otherwise the date the expert is back.</summary>
    public DateOnly? AwayUntil { get; set; }
    public string? Bio { get; set; }
    public bool IsSample { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class ExpertSkill
{
    public int ExpertProfileId { get; set; }
    public int SkillId { get; set; }
    public Skill? Skill { get; set; }
    public SkillLevel Level { get; set; }
}

public enum ExpertKind
{
    Internal,
    External,
}

public enum SkillLevel
{
    Basic = 1,
    Intermediate = 2,
    Advanced = 3,
    Expert = 4,
}
