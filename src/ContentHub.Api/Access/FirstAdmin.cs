using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Access;
using ContentHub.Data.People;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Access;

/// <summary>
/// <c>contenthub admin create "Name" [--email E] [--hub SLUG]</c>: the way into a new installation.
/// Creates a person with the ADMIN and STAFF roles in the hub and prints a token for them (READ and
/// WRITE, 90 days). Refused once an admin of the hub holds a live token: from then on admins create
/// people's tokens.
/// </summary>
public static class FirstAdmin
{
    public sealed record Created(int PersonId, string Hub, string Secret, DateTimeOffset ExpiresAt);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is not [var name, .. var options] || name.StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Usage: contenthub admin create \"Display Name\" [--email address] [--hub slug]");
            return 2;
        }

        var email = Option(options, "--email");
        var hub = Option(options, "--hub");
        try
        {
            var created = await CreateAsync(services, name, email, hub, CancellationToken.None);
            Console.WriteLine($"Created the first admin of hub '{created.Hub}': {name}.");
            Console.WriteLine($"Their access token (shown once; it expires on {created.ExpiresAt:yyyy-MM-dd}). Send it as 'Authorization: Bearer <token>':");
            Console.WriteLine(created.Secret);
            return 0;
        }
        catch (InvalidOperationException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 1;
        }
    }

    public static async Task<Created> CreateAsync(IServiceProvider services, string name, string? email, string? hubSlug, CancellationToken cancellationToken)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var hub = scope.ServiceProvider.GetRequiredService<HubContext>();
        hub.Address(hubSlug);
        var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
        var hubId = await db.Hubs.Where(h => h.Slug == hub.Slug).Select(h => (int?)h.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"There is no hub '{hub.Slug}'. Start the server once so the database is created and seeded.");
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        // The sample data has admins too, but nobody can sign in as them: what counts is an admin with a live token.
        if (await db.AccessTokens.AnyAsync(
            t => t.RevokedAt == null && t.ExpiresAt > now && db.HubRoles.Any(r => r.PersonId == t.PersonId && r.HubId == hubId && r.Role == Role.Admin),
            cancellationToken))
        {
            throw new InvalidOperationException($"Hub '{hub.Slug}' already has an admin who can sign in; they create tokens with the createAccessToken mutation.");
        }

        var person = new Person
        {
            Key = "admin-" + Guid.NewGuid().ToString("N")[..12],
            DisplayName = name.Trim()[..Math.Min(name.Trim().Length, Limits.Name)],
            Email = email,
            CreatedAt = now,
            HubRoles = [new HubRole { HubId = hubId, Role = Role.Admin }, new HubRole { HubId = hubId, Role = Role.Staff }],
        };
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        var issued = await scope.ServiceProvider.GetRequiredService<AccessTokenCommands>().IssueAsync(
            person.Id, "First admin", [AccessScope.Read, AccessScope.Write], now.AddDays(AccessTokenCommands.DefaultDays), null, null, cancellationToken);
        return new Created(person.Id, hub.Slug, issued.Secret, issued.Token.ExpiresAt);
    }

    private static string? Option(string[] options, string name) =>
        options.SkipWhile(option => option != name).Skip(1).FirstOrDefault();
}
