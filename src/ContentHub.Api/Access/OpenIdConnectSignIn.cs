using ContentHub.Data;
using ContentHub.Data.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Access;

/// <summary>
/// Optional sign-in with JWT bearer tokens from an OpenID Connect provider (the movement's SSO, a
/// Keycloak …), off unless <c>ContentHub:OpenIdConnect:Authority</c> is set. A valid token names a
/// person by one claim (<c>email</c> by default), matched to a person of the database; the roles
/// are still the hub's. Bearer values that look like our access tokens go to those instead.
/// </summary>
public static class OpenIdConnectSignIn
{
    public const string SchemeName = "OpenIdConnect";
    public const string Section = "ContentHub:OpenIdConnect";

    public sealed class Settings
    {
        public string? Authority { get; set; }
        public string? Audience { get; set; }
        /// <summary>The claim that names the person: <c>email</c> (matched to a person's email) or any other (matched to their key).</summary>
        public string PersonClaim { get; set; } = "email";
        /// <summary>Only for a provider on the same machine in tests; production metadata comes over HTTPS.</summary>
        public bool RequireHttpsMetadata { get; set; } = true;
    }

    public static void Configure(JwtBearerOptions jwt, Settings settings)
    {
        jwt.Authority = settings.Authority;
        jwt.Audience = settings.Audience;
        jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        jwt.MapInboundClaims = false;
        jwt.Events = new JwtBearerEvents { OnTokenValidated = context => LinkPersonAsync(context, settings.PersonClaim) };
    }

    /// <summary>Picks the scheme for a bearer value: ours (<c>chp_…</c>) or the provider's JWT.</summary>
    public static string SchemeFor(HttpContext http) =>
        BearerToken.Of(http.Request) is { } value && !TokenSecrets.LooksLikeOne(value) ? SchemeName : AccessTokenAuthentication.SchemeName;

    private static async Task LinkPersonAsync(TokenValidatedContext context, string personClaim)
    {
        var value = context.Principal?.FindFirst(personClaim)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<ContentHubDbContext>();
        var personId = value is null ? null
            : personClaim == "email"
                ? await db.People.Where(p => p.Email == value).Select(p => (int?)p.Id).FirstOrDefaultAsync(context.HttpContext.RequestAborted)
                : await db.People.Where(p => p.Key == value).Select(p => (int?)p.Id).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (personId is not { } id)
        {
            context.Fail($"The identity provider's token names no person of this helpdesk (claim '{personClaim}').");
            return;
        }

        // Signed in through the provider, a person may do what their roles allow: both scopes.
        context.Principal = new System.Security.Claims.ClaimsPrincipal(CallerClaims.Identity(SchemeName, id, [AccessScope.Read, AccessScope.Write]));
    }
}
