using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data.Access;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Access;

/// <summary>
/// <c>scopes</c>: READ (queries, subscriptions) and/or WRITE (mutations). <c>expiresInDays</c>: 1–366,
/// 90 by default. <c>personId</c>: whose token (admins only; yourself when left out).
/// </summary>
public sealed record CreateAccessTokenInput(string Name, List<AccessScope> Scopes, int? ExpiresInDays, [property: Id] string? PersonId);

public sealed class CreateAccessTokenInputType : AutoRegisteringInputObjectGraphType<CreateAccessTokenInput>;

public sealed record RevokeAccessTokenInput([property: Id] string Id);

public sealed class RevokeAccessTokenInputType : AutoRegisteringInputObjectGraphType<RevokeAccessTokenInput>;

public sealed class CreateAccessTokenPayloadType : PayloadType<IssuedAccessToken>
{
    public CreateAccessTokenPayloadType() : base("CreateAccessToken", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(NotPermittedErrorType))
    {
        Field<AccessTokenType>("accessToken").Resolve(context => context.Source.Node?.Token);
        Field<StringGraphType>("secret")
            .Description("The token's secret, shown this once: store it now. Send it as `Authorization: Bearer <secret>`.")
            .Resolve(context => context.Source.Node?.Secret);
    }
}

public sealed class RevokeAccessTokenPayloadType() : PayloadType<AccessTokenType, AccessTokenModel>("RevokeAccessToken", "accessToken", typeof(ValidationErrorType), typeof(NotFoundErrorType));

public static class AccessTokenMutations
{
    public static void AddAccessTokenMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateAccessTokenInputType, CreateAccessTokenPayloadType, CreateAccessTokenInput>(
            "createAccessToken", "Creates a personal access token and shows its secret once.",
            async (context, input) => await context.Get<AccessTokenCommands>().CreateAsync(input, context.CancellationToken));
        mutation.Mutation<RevokeAccessTokenInputType, RevokeAccessTokenPayloadType, RevokeAccessTokenInput>(
            "revokeAccessToken", "Revokes an access token at once: the next request that sends it gets 401.",
            async (context, input) => await context.Get<AccessTokenCommands>().RevokeAsync(input, context.CancellationToken));
    }
}
