using ContentHub.Api.GraphQL;
using ContentHub.Data;
using ContentHub.Data.People;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Requests;

/// <summary>How a person without an account is reached: the name and email they give with their request.</summary>
public sealed record RequestContactInput(string DisplayName, string Email);

public sealed class RequestContactInputType : global::GraphQL.Types.AutoRegisteringInputObjectGraphType<RequestContactInput>;

/// <summary>
/// Requests from callers who are not signed in, where the hub takes them: each becomes a person of
/// its own (never matched to an existing one by email: anyone may type anyone's address), with the
/// requester role in this hub, whom staff answer by email and may later invite properly.
/// </summary>
public sealed class AnonymousRequesters(ContentHubDbContext db, TimeProvider clock)
{
    public async Task<NotPermittedError?> RefuseAsync(int hubId, CancellationToken cancellationToken) =>
        await db.Hubs.AnyAsync(h => h.Id == hubId && h.AcceptsAnonymousRequests, cancellationToken)
            ? null
            : new NotPermittedError("input", "This hub takes requests from signed-in people only: send an access token as `Authorization: Bearer <token>`.");

    /// <summary>The new person for the request (tracked, saved with it), or null with the contact's errors recorded.</summary>
    public Person? Prepare(RequestContactInput? contact, int hubId, InputErrors errors)
    {
        if (contact is null)
        {
            errors.Add(new ValidationError("input.contact", "Without an account, give a name and an email the hub can answer you at."));
            return null;
        }

        var name = errors.Text("input.contact.displayName", contact.DisplayName, Limits.Name, required: true);
        var email = errors.Email("input.contact.email", contact.Email, required: true);
        if (name is null || email is null)
        {
            return null;
        }

        var guest = new Person
        {
            Key = "guest-" + Guid.NewGuid().ToString("N"),
            DisplayName = name,
            Email = email,
            CreatedAt = clock.GetUtcNow(),
            HubRoles = [new HubRole { HubId = hubId, Role = Role.Requester }],
        };
        db.People.Add(guest);
        return guest;
    }
}
