using ContentHub.Data.Hubs;

namespace ContentHub.Data.Taxonomy;

/// <summary>A kind of help a hub offers (knowledge, training, legal and licensing …); each hub extends its own list.</summary>
public sealed class HelpType : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The skills an expert needs to give this kind of help; expert matching weighs them.</summary>
    public List<Skill> Skills { get; set; } = [];
}

/// <summary>An expertise an expert profile can claim, from the hub's own list.</summary>
public sealed class Skill : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}
