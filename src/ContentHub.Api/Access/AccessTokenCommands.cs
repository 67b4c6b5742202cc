using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Access;

/// <summary>
/// Creating and revoking personal access tokens: a person for themself, an admin for anyone with a
/// role in the hub (that token then works in this hub only). The first-admin command issues its
/// token through <see cref="IssueAsync"/> too.
/// </summary>
public sealed class AccessTokenCommands(ContentHubDbContext db, Caller caller, HubContext hub, TimeProvider clock, IMapper mapper)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    public async Task<Payload<IssuedAccessToken>> CreateAsync(CreateAccessTokenInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var name = errors.Text("input.name", input.Name, Limits.Name, required: true);
        var days = errors.Range("input.expiresInDays", input.ExpiresInDays ?? DefaultDays, 1, MaxDays);
        if (input.Scopes.Count == 0)
        {
            errors.Add(new ValidationError("input.scopes", "Give the token at least one scope: READ for queries and subscriptions, WRITE for mutations."));
        }

        var owner = input.PersonId is null ? caller.PersonId : errors.Id("input.personId", input.PersonId, "Person");
        if (errors.Any || owner is not { } personId)
        {
            return Payload<IssuedAccessToken>.Failure(errors.All);
        }

        int? boundTo = null;
        if (personId != caller.PersonId)
        {
            if (!await caller.HoldsAnyAsync(Roles.Admin, cancellationToken))
            {
                return new NotPermittedError("input.personId", "Only an admin may create a token for someone else.");
            }

            if (!await HasRoleInHubAsync(personId, cancellationToken))
            {
                return new NotFoundError("input.personId", input.PersonId!, $"There is no person '{input.PersonId}' with a role in this hub.");
            }

            boundTo = await hub.GetHubIdAsync(cancellationToken);
        }

        return await IssueAsync(personId, name!, input.Scopes.Distinct().Order().ToList(), clock.GetUtcNow().AddDays(days!.Value), caller.PersonId, boundTo, cancellationToken);
    }

    public async Task<IssuedAccessToken> IssueAsync(
        int personId, string name, List<AccessScope> scopes, DateTimeOffset expiresAt, int? createdById, int? hubId, CancellationToken cancellationToken)
    {
        var (secret, hash, hint) = TokenSecrets.Create();
        var token = new AccessToken
        {
            PersonId = personId, Name = name, SecretHash = hash, Hint = hint, Scopes = scopes,
            CreatedAt = clock.GetUtcNow(), CreatedById = createdById, ExpiresAt = expiresAt, HubId = hubId,
        };
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedAccessToken(mapper.Map<AccessTokenModel>(token), secret);
    }

    public async Task<Payload<AccessTokenModel>> RevokeAsync(RevokeAccessTokenInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (errors.Id("input.id", input.Id, "AccessToken") is not { } id)
        {
            return Payload<AccessTokenModel>.Failure(errors.All);
        }

        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null || (token.PersonId != caller.PersonId && !await AdministersOwnerAsync(token.PersonId, cancellationToken)))
        {
            // Someone else's token is as absent as a missing one: its existence is none of the caller's business.
            return new NotFoundError("input.id", input.Id, $"You have no access token '{input.Id}'.");
        }

        // Revoking twice keeps the first time: it is when the token stopped working.
        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AccessTokenModel>(token);
    }

    /// <summary>An admin manages the tokens of people who hold a role in the admin's hub, not of everyone.</summary>
    private async Task<bool> AdministersOwnerAsync(int ownerId, CancellationToken cancellationToken) =>
        await caller.HoldsAnyAsync(Roles.Admin, cancellationToken) && await HasRoleInHubAsync(ownerId, cancellationToken);

    private async Task<bool> HasRoleInHubAsync(int personId, CancellationToken cancellationToken)
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        return await db.HubRoles.AnyAsync(r => r.PersonId == personId && r.HubId == hubId, cancellationToken);
    }
}
