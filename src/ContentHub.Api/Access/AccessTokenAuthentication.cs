using System.Security.Claims;
using System.Text.Encodings.Web;
using ContentHub.Data;
using ContentHub.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Access;

/// <summary>
/// <c>Authorization: Bearer chp_…</c>: finds the token by the hash of its secret and signs its owner
/// in with the token's scopes. No header means anonymous; a header with a bad, expired or revoked
/// token fails, and the GraphQL endpoint answers that with 401 rather than serving an anonymous view.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    /// <summary>
    /// Compiled once: every signed-in call runs this query, and EF Core would otherwise walk and
    /// look up its expression tree on each of them.
    /// </summary>
    private static readonly Func<ContentHubDbContext, string, CancellationToken, Task<TokenFacts?>> TokenBySecretHash =
        EF.CompileAsyncQuery((ContentHubDbContext db, string hash, CancellationToken cancellationToken) => db.AccessTokens
            .Where(t => t.SecretHash == hash)
            .Select(t => new TokenFacts(t.Id, t.PersonId, t.Scopes, t.ExpiresAt, t.RevokedAt, t.HubId))
            .FirstOrDefault());

    private sealed record TokenFacts(int Id, int PersonId, List<AccessScope> Scopes, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, int? HubId);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken.Of(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await AuthenticateAsync(Context.RequestServices.GetRequiredService<ContentHubDbContext>(), clock, secret, Context.RequestAborted);
        return identity.Failure is { } failure
            ? AuthenticateResult.Fail(failure)
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity.Identity!), SchemeName));
    }

    /// <summary>The one check of a secret, for HTTP requests and WebSocket connection_init alike.</summary>
    public static async Task<(ClaimsIdentity? Identity, string? Failure)> AuthenticateAsync(
        ContentHubDbContext db, TimeProvider clock, string secret, CancellationToken cancellationToken)
    {
        var token = await TokenBySecretHash(db, TokenSecrets.Hash(secret), cancellationToken);
        if (token is null)
        {
            return (null, "The access token is not valid.");
        }

        if (token.RevokedAt is not null)
        {
            return (null, "The access token has been revoked.");
        }

        if (token.ExpiresAt <= clock.GetUtcNow())
        {
            return (null, $"The access token expired on {token.ExpiresAt:yyyy-MM-dd}.");
        }

        return (CallerClaims.Identity(SchemeName, token.PersonId, token.Scopes, token.Id, token.HubId), null);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}

public static class BearerToken
{
    /// <summary>The credentials of <c>Authorization: Bearer …</c>, if the request sends that header.</summary>
    public static string? Of(HttpRequest request) => Parse(request.Headers.Authorization.ToString());

    /// <summary>
    /// A browser's WebSocket cannot send headers, so graphql-ws clients pass the token in
    /// connection_init's payload (<c>connectionParams</c>): <c>{ "Authorization": "Bearer …" }</c>.
    /// </summary>
    public static string? InPayload(System.Text.Json.JsonElement payload)
    {
        if (payload.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.NameEquals("Authorization") || property.NameEquals("authorization"))
            {
                return property.Value.ValueKind == System.Text.Json.JsonValueKind.String ? Parse(property.Value.GetString()) ?? "" : "";
            }
        }

        return null;
    }

    public static string? Parse(string? header) =>
        header is { Length: > 7 } && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
}
