using System.Collections.Concurrent;
using ContentHub.Api.Composition;
using ContentHub.Api.GraphQL;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>
/// The hub a request addresses: the <c>X-ContentHub-Hub</c> header (a hub slug) or the configured default.
/// Every query and mutation is scoped to it. The scope's DbContext is only asked for when the hub's id
/// is not known yet: every subscription event gets a scope, and most never touch the database.
/// </summary>
public sealed class HubContext(IHttpContextAccessor http, HubDirectory directory, IServiceProvider services, IOptions<ContentHubOptions> options)
{
    public const string Header = "X-ContentHub-Hub";
    private int? hubId;
    private string? addressed;

    public string Slug => addressed ?? HeaderSlug(http.HttpContext?.Request) ?? options.Value.DefaultHub;

    /// <summary>The hub an HTTP request names in its header, if it names one.</summary>
    public static string? HeaderSlug(HttpRequest? request) => request?.Headers[Header].FirstOrDefault() is { Length: > 0 } slug ? slug : null;

    /// <summary>
    /// Names the hub for this scope when it is not one HTTP request: a WebSocket connection names its
    /// hub once for all its operations, and their events run long after the upgrade request. Null
    /// addresses the default hub.
    /// </summary>
    public void Address(string? slug)
    {
        addressed = slug is { Length: > 0 } ? slug : options.Value.DefaultHub;
        hubId = null;
    }

    public async ValueTask<int> GetHubIdAsync(CancellationToken cancellationToken)
    {
        if (hubId is { } known)
        {
            return known;
        }

        hubId = await directory.FindAsync(services.GetRequiredService<ContentHubDbContext>(), Slug, cancellationToken)
            ?? throw new UserFacingException("HUB_NOT_FOUND", $"There is no hub '{Slug}'. Send an existing hub's slug in the {Header} header.");
        return hubId.Value;
    }

    /// <summary>The rows of <paramref name="query"/> that belong to the addressed hub.</summary>
    public async ValueTask<IQueryable<T>> ScopeAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : class, IHubScoped
    {
        var id = await GetHubIdAsync(cancellationToken);
        return query.Where(row => row.HubId == id);
    }

    /// <summary>
    /// The row a mutation input names by global ID, tracked for editing, if it is a
    /// <paramref name="typeName"/> of this hub; otherwise null, with the NOT_FOUND error recorded.
    /// </summary>
    public async Task<T?> FindNodeAsync<T>(
        IQueryable<T> query, InputErrors errors, string field, string id, string typeName, CancellationToken cancellationToken)
        where T : class, IHubScoped
    {
        if (errors.Id(field, id, typeName) is not { } key)
        {
            return null;
        }

        var found = await (await ScopeAsync(query, cancellationToken)).FirstOrDefaultAsync(row => EF.Property<int>(row, "Id") == key, cancellationToken);
        if (found is null)
        {
            errors.NotFound(field, id, typeName);
        }

        return found;
    }
}

/// <summary>Hub slugs to ids, cached for the process: hubs are created rarely and never renamed.</summary>
public sealed class HubDirectory
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);

    public async ValueTask<int?> FindAsync(ContentHubDbContext db, string slug, CancellationToken cancellationToken)
    {
        if (ids.TryGetValue(slug, out var id))
        {
            return id;
        }

        var found = await db.Hubs.AsNoTracking().Where(h => h.Slug == slug).Select(h => (int?)h.Id).FirstOrDefaultAsync(cancellationToken);
        if (found is { } hubId)
        {
            ids[slug] = hubId;
        }

        return found;
    }
}

public static class HubScopes
{
    /// <summary>
    /// A DI scope (its own DbContext and batch loaders) addressing the hub <paramref name="slug"/> on
    /// behalf of <paramref name="user"/>: what the scope reads is what that caller may see.
    /// </summary>
    public static AsyncServiceScope CreateHubScope(this IServiceScopeFactory scopes, string? slug, System.Security.Claims.ClaimsPrincipal user)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HubContext>().Address(slug);
        scope.ServiceProvider.GetRequiredService<ContentHub.Api.Access.Caller>().Identify(user);
        return scope;
    }
}
