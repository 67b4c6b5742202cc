using AutoMapper;
using ContentHub.Data.Access;

namespace ContentHub.Api.Access;

/// <summary>A token as its owner and admins see it: never the secret, which only creation shows.</summary>
public sealed class AccessTokenModel
{
    public int Id { get; init; }
    public int PersonId { get; init; }
    public required string Name { get; init; }
    public required string Hint { get; init; }
    public List<AccessScope> Scopes { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public int? CreatedById { get; init; }
    public int? HubId { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>A token just created, with the secret that is shown this once.</summary>
public sealed record IssuedAccessToken(AccessTokenModel Token, string Secret);

public sealed class AccessTokenProfile : Profile
{
    public AccessTokenProfile() => CreateMap<AccessToken, AccessTokenModel>();
}
