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

    public static ClaimsIdentity Identity(string authenticationType, int personId, IEnumerable<AccessScope> scopes, int? tokenId = null)
    {
        var claims = new List<Claim> { new(PersonId, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        claims.AddRange(scopes.Select(scope => new Claim(Scope, scope.ToString())));
        if (tokenId is { } id)
        {
            claims.Add(new Claim(TokenId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsIdentity(claims, authenticationType);
    }

    public static int? PersonOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(PersonId)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool Allows(ClaimsPrincipal user, AccessScope scope) => user.HasClaim(Scope, scope.ToString());

    /// <summary>The rate limiter's partition for a signed-in caller: their token, else their person.</summary>
    public static string? CredentialOf(ClaimsPrincipal user) =>
        user.FindFirst(TokenId)?.Value is { } token ? "token:" + token
        : PersonOf(user) is { } person ? "person:" + person.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;
}
