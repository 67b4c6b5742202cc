using ContentHub.Data.People;

namespace ContentHub.Data.Access;

/// <summary>
/// A personal access token. Only the SHA-256 hash of its secret is stored: the secret is shown once,
/// when the token is created, and a copy of the database lets no one in.
/// </summary>
public sealed class AccessToken
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>What the token is for, in the owner's words ("Commons upload bot").</summary>
    public required string Name { get; set; }
    /// <summary>Hex SHA-256 of the whole secret; the one column a bearer token is looked up by.</summary>
    public required string SecretHash { get; set; }
    /// <summary>The first characters of the secret, so a person recognises a token in a list.</summary>
    public required string Hint { get; set; }
    public List<AccessScope> Scopes { get; set; } = [];
    /// <summary>
    /// The one hub the token works in, for a token an admin made for someone else: an admin of one hub
    /// must not mint a key to another hub where that person holds more. Null: the owner's own token.
    /// </summary>
    public int? HubId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? CreatedById { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>What a token may be used for, on top of its owner's roles: a dashboard needs READ only.</summary>
public enum AccessScope
{
    /// <summary>Queries and subscriptions.</summary>
    Read,
    /// <summary>Mutations.</summary>
    Write,
}
