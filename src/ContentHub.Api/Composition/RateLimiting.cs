using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using ContentHub.Api.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Composition;

public sealed class RateLimitOptions
{
    /// <summary>Requests to <c>/graphql</c> each anonymous client address may send a minute; 0 turns the limits off.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests each access token (or signed-in person) may send a minute, from any address.</summary>
    public int PermitsPerMinutePerToken { get; set; } = 1200;
}

/// <summary>
/// ASP.NET Core's rate limiter in front of <c>/graphql</c>: a fixed window per access token for a
/// signed-in caller (so colleagues behind one address do not share a budget), per client address for
/// everyone else (so rotating made-up tokens buys nothing: a bad token is refused as anonymous), answered with 429, <c>Retry-After</c> and a GraphQL error body
/// with code RATE_LIMITED, so a client library shows a reason rather than a bare status.
/// </summary>
public static class RateLimiting
{
    public const string Policy = "graphql";

    public static IHostApplicationBuilder AddContentHubRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<ContentHubOptions>>().Value.RateLimit;
                var (partition, permits) = CallerClaims.CredentialOf(context.User) is { } credential
                    ? (credential, limits.PermitsPerMinutePerToken)
                    : ("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.PermitsPerMinute);
                return limits.PermitsPerMinute <= 0 || permits <= 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(response.Body, new
                {
                    errors = new[]
                    {
                        new
                        {
                            message = $"Too many requests from this client; try again in {seconds} s.",
                            extensions = new { code = "RATE_LIMITED", retryAfterSeconds = seconds },
                        },
                    },
                }, cancellationToken: cancellationToken);
            };
        });
        return builder;
    }
}
