using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.People;
using ContentHub.Data.Access;
using GraphQL.Types;

namespace ContentHub.Api.Access;

public sealed class AccessScopeType : EnumerationGraphType<AccessScope>
{
    public AccessScopeType() => Name = "AccessScope";
}

public sealed class AccessTokenType : ObjectGraphType<AccessTokenModel>
{
    public AccessTokenType()
    {
        Name = "AccessToken";
        Description = "A personal access token, sent as `Authorization: Bearer <secret>`. The secret is shown once, when the token is created; only its hash is stored.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Format(Name, context.Source.Id));
        Field(t => t.Name).Description("What the token is for.");
        Field(t => t.Hint).Description("The first characters of the secret, to recognise the token by.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessScopeType>>>>("scopes").Resolve(context => context.Source.Scopes);
        Field(t => t.CreatedAt);
        Field(t => t.ExpiresAt);
        Field(t => t.RevokedAt, nullable: true);
        Field<NonNullGraphType<PersonType>>("owner").Resolve(context => context.Get<PersonByIdLoader>().Load(context.Source.PersonId));
        Field<PersonType>("createdBy")
            .Description("The admin who made the token for its owner (null when the owner made it, or for the first admin's).")
            .Resolve(context => context.Source.CreatedById is { } id ? context.Get<PersonByIdLoader>().Load(id) : null);
        Field<NonNullGraphType<BooleanGraphType>>("thisHubOnly")
            .Description("True for a token an admin made for someone else: it works in the admin's hub only.")
            .Resolve(context => context.Source.HubId is not null);
    }
}

public sealed class AccessTokenByIdLoader(ContentHub.Data.ContentHubDbContext db, RowsByKey rows)
    : ModelByKeyLoader<ContentHub.Data.Access.AccessToken, AccessTokenModel>(db, rows, t => t.Id, t => t.Id);
