using ContentHub.Api.Transport.Http;
using ContentHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Composition;

public static class TransportRegistration
{
    public static IHostApplicationBuilder AddContentHubTransport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<ContentHubDbContext>("database")
            .AddCheck<ContentHub.Api.Search.SearchIndexHealthCheck>("search-index");
        return builder;
    }

    public static IEndpointRouteBuilder MapContentHubGraphQL(this IEndpointRouteBuilder app)
    {
        app.Map("/graphql", context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        return app;
    }

    public static IEndpointRouteBuilder MapContentHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
