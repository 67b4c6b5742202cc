using System.Text.Json;
using ContentHub.Api.Access;
using Microsoft.AspNetCore.Authentication;

namespace ContentHub.Api.Composition;

/// <summary>
/// Who is calling: personal access tokens as bearer tokens (and, when configured, JWTs of an OpenID
/// Connect provider), the per-scope <see cref="Caller"/>, and the 401 for a credential that does not check out.
/// </summary>
public static class AccessRegistration
{
    private const string Bearer = "Bearer";

    public static IHostApplicationBuilder AddContentHubAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<Caller>();
        builder.Services.AddScoped<AccessTokenCommands>();
        builder.Services.AddScoped<RequestAccess>();
        var openIdConnect = builder.Configuration.GetSection(OpenIdConnectSignIn.Section).Get<OpenIdConnectSignIn.Settings>();
        var signIn = openIdConnect?.Authority is null ? AccessTokenAuthentication.SchemeName : Bearer;
        var authentication = builder.Services.AddAuthentication(signIn)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null);
        if (openIdConnect?.Authority is not null)
        {
            authentication
                .AddJwtBearer(OpenIdConnectSignIn.SchemeName, jwt => OpenIdConnectSignIn.Configure(jwt, openIdConnect))
                .AddPolicyScheme(Bearer, "Access token or OpenID Connect", policy => policy.ForwardDefaultSelector = OpenIdConnectSignIn.SchemeFor);
        }

        return builder;
    }

    /// <summary>
    /// A request that sends a credential which fails (unknown, expired, revoked) gets 401 and a reason:
    /// answering it as anonymous would show a quietly emptier world that looks like data.
    /// </summary>
    public static async Task<bool> RejectFailedCredentialAsync(HttpContext http)
    {
        // The middleware keeps only successes; a failure is asked for again (the handler remembers it per request).
        if (http.User.Identity?.IsAuthenticated == true || (await http.AuthenticateAsync()).Failure is not { } failure)
        {
            return false;
        }

        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            errors = new[] { new { message = failure.Message, extensions = new { code = "AUTH_INVALID_TOKEN" } } },
        }, cancellationToken: http.RequestAborted);
        return true;
    }
}
