using ContentHub.Data;
using ContentHub.Data.Hubs;
using GraphQL;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>What resolvers reach for: request-scoped services and the addressed hub's rows.</summary>
public static class ResolveFieldContextExtensions
{
    public static T Get<T>(this IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();

    /// <summary>A table's rows of the hub this request addresses.</summary>
    public static ValueTask<IQueryable<T>> InHub<T>(this IResolveFieldContext context, Func<ContentHubDbContext, IQueryable<T>> table)
        where T : class, IHubScoped =>
        context.Get<HubContext>().ScopeAsync(table(context.Get<ContentHubDbContext>()), context.CancellationToken);
}
