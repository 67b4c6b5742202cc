namespace ContentHub.Data.Affiliates;

/// <summary>A Wikimedia organisation (or a volunteer or partner acting through one) that asks the hub for help.</summary>
public sealed class Affiliate
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public AffiliateKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2; null for international groups.</summary>
    public string? CountryCode { get; set; }
    public string? Region { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? Website { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum AffiliateKind
{
    Chapter,
    ThematicOrganisation,
    UserGroup,
    IndividualVolunteer,
    PartnerInstitution,
}
