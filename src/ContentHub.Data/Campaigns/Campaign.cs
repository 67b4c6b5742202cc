namespace ContentHub.Data.Campaigns;

/// <summary>A movement-wide campaign or thematic group (Wiki Loves Monuments …) that requests can feed.</summary>
public sealed class Campaign
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
}
