using System.Security.Claims;
using ContentHub.Data.Access;

namespace ContentHub.Api.Access;

/// <summary>
/// The claims an authenticated caller carries, whichever way they signed in (an access token or an
/// OpenID Connect JWT): who they are and what their credential allows.
/// </summary>
public static class CallerClaims
{
    public const string PersonId = "contenthub:person";
    public const string TokenId = "contenthub:token";
    public const string Scope = "contenthub:scope";
    public const string Hub = "contenthub:hub";

    public static ClaimsIdentity Identity(string authenticationType, int personId, IEnumerable<AccessScope> scopes, int? tokenId = null, int? hubId = null)
    {
        var claims = new List<Claim> { new(PersonId, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        claims.AddRange(scopes.Select(scope => new Claim(Scope, scope.ToString())));
        if (tokenId is { } id)
        {
            claims.Add(new Claim(TokenId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (hubId is { } hub)
        {
            claims.Add(new Claim(Hub, hub.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsIdentity(claims, authenticationType);
    }

    public static int? PersonOf(ClaimsPrincipal user) => IntClaim(user, PersonId);

    public static bool Allows(ClaimsPrincipal user, AccessScope scope) => user.HasClaim(Scope, scope.ToString());

    public static int? TokenOf(ClaimsPrincipal user) => IntClaim(user, TokenId);

    /// <summary>The one hub a token works in, when an admin made it for someone else.</summary>
    public static int? HubOf(ClaimsPrincipal user) => IntClaim(user, Hub);

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirst(type)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The rate limiter's partition for a signed-in caller: their token, else their person.</summary>
    public static string? CredentialOf(ClaimsPrincipal user) =>
        user.FindFirst(TokenId)?.Value is { } token ? "token:" + token
        : PersonOf(user) is { } person ? "person:" + person.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;
}
