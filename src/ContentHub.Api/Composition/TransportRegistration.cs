using ContentHub.Api.Transport;
using ContentHub.Api.Transport.Http;
using ContentHub.Api.Transport.WebSockets;
using ContentHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Composition;

public static class TransportRegistration
{
    public static IHostApplicationBuilder AddContentHubTransport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLRequestExecutor>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddSingleton<GraphQLWebSocketServices>();
        builder.Services.AddSingleton<GraphQLWebSocketEndpoint>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<ContentHubDbContext>("database")
            .AddCheck<ContentHub.Api.Search.SearchIndexHealthCheck>("search-index");
        return builder;
    }

    /// <summary><c>/graphql</c>: GraphQL over HTTP, and graphql-transport-ws for a WebSocket upgrade of the same path.</summary>
    public static WebApplication MapContentHubGraphQL(this WebApplication app)
    {
        app.UseWebSockets();
        // Authentication first, so the rate limiter can count per token as well as per address.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Map("/graphql", async context =>
            {
                if (await AccessRegistration.RejectFailedCredentialAsync(context))
                {
                    return;
                }

                await (context.WebSockets.IsWebSocketRequest
                    ? context.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(context)
                    : context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
            })
            .RequireRateLimiting(RateLimiting.Policy);
        return app;
    }

    public static IEndpointRouteBuilder MapContentHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
