using System.Security.Claims;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Access;
using ContentHub.Data.People;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Access;

/// <summary>
/// Who is calling, and what they are in the addressed hub. One per DI scope; the facts are read
/// from the database once, when first asked for. An HTTP request's caller is its signed-in user; a
/// WebSocket operation's scope is told who opened the connection (<see cref="Identify"/>).
/// </summary>
public sealed class Caller(IHttpContextAccessor http, HubContext hub, ContentHubDbContext db)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>Compiled once, like the token lookup: most calls ask for the caller's roles.</summary>
    private static readonly Func<ContentHubDbContext, int, int, IAsyncEnumerable<Role>> RolesInHub =
        EF.CompileAsyncQuery((ContentHubDbContext db, int person, int hubId) => db.HubRoles.Where(r => r.PersonId == person && r.HubId == hubId).Select(r => r.Role));

    private ClaimsPrincipal? identified;
    private IReadOnlySet<Role>? roles;
    private IReadOnlyList<int>? affiliates;

    public ClaimsPrincipal User => identified ?? http.HttpContext?.User ?? Anonymous;

    public int? PersonId => CallerClaims.PersonOf(User);

    public bool IsSignedIn => PersonId is not null;

    /// <summary>The access token the caller signed in with, if they used one.</summary>
    public int? TokenId => CallerClaims.TokenOf(User);

    /// <summary>False when the caller's token was made for another hub than the one addressed.</summary>
    public async ValueTask<bool> MayUseThisHubAsync(CancellationToken cancellationToken) =>
        CallerClaims.HubOf(User) is not { } bound || bound == await hub.GetHubIdAsync(cancellationToken);

    public void Identify(ClaimsPrincipal user)
    {
        identified = user;
        roles = null;
        affiliates = null;
    }

    /// <summary>The caller's roles in the addressed hub.</summary>
    public async ValueTask<IReadOnlySet<Role>> RolesAsync(CancellationToken cancellationToken)
    {
        if (roles is null)
        {
            if (PersonId is not { } person)
            {
                roles = new HashSet<Role>();
            }
            else
            {
                var hubId = await hub.GetHubIdAsync(cancellationToken);
                roles = await RolesInHub(db, person, hubId).ToHashSetAsync(cancellationToken: cancellationToken);
            }
        }

        return roles;
    }

    public async ValueTask<bool> HoldsAnyAsync(IEnumerable<Role> wanted, CancellationToken cancellationToken) =>
        (await RolesAsync(cancellationToken)).Overlaps(wanted);

    /// <summary>Staff and admins run the hub: they see and may change every case of it.</summary>
    public ValueTask<bool> IsStaffAsync(CancellationToken cancellationToken) => HoldsAnyAsync(Roles.Staff, cancellationToken);

    /// <summary>The affiliates the caller belongs to (whose requests they may read and file).</summary>
    public async ValueTask<IReadOnlyList<int>> AffiliateIdsAsync(CancellationToken cancellationToken)
    {
        if (affiliates is null)
        {
            affiliates = PersonId is { } person
                ? await db.AffiliateMemberships.AsNoTracking().Where(m => m.PersonId == person).Select(m => m.AffiliateId).ToListAsync(cancellationToken)
                : [];
        }

        return affiliates;
    }

    public bool Allows(AccessScope scope) => CallerClaims.Allows(User, scope);
}
