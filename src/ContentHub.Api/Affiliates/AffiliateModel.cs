using AutoMapper;
using ContentHub.Data.Affiliates;

namespace ContentHub.Api.Affiliates;

public sealed class AffiliateModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public AffiliateKind Kind { get; init; }
    public required string Name { get; init; }
    public string? CountryCode { get; init; }
    public string? Region { get; init; }
    public List<string> Languages { get; init; } = [];
    public string? Website { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed class AffiliateProfile : Profile
{
    public AffiliateProfile() => CreateMap<Affiliate, AffiliateModel>();
}
