using System.Text.Json;
using ContentHub.Api.Access;
using Microsoft.AspNetCore.Authentication;

namespace ContentHub.Api.Composition;

/// <summary>
/// Who is calling: personal access tokens as bearer tokens, the per-scope <see cref="Caller"/>, and
/// the 401 for a credential that does not check out.
/// </summary>
public static class AccessRegistration
{
    public static IHostApplicationBuilder AddContentHubAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<Caller>();
        builder.Services.AddScoped<AccessTokenCommands>();
        builder.Services.AddScoped<RequestAccess>();
        builder.Services.AddAuthentication(AccessTokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null);
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
