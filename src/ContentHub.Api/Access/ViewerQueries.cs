using AutoMapper.QueryableExtensions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.People;
using ContentHub.Data;
using ContentHub.Data.Access;
using ContentHub.Data.People;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Access;

public sealed class HubRoleType : EnumerationGraphType<Role>
{
    public HubRoleType()
    {
        Name = "HubRole";
        Description = "What a person is in a hub; a person may hold several roles.";
    }
}

/// <summary>The caller as the server sees them: a front end asks this first to know what to show.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is calling: the signed-in person (null when anonymous), their roles in this hub and what their token allows.";
        Field<PersonType>("person").Resolve(context => context.Source.PersonId is { } id ? context.Get<PersonByIdLoader>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubRoleType>>>>("roles")
            .ResolveAsync(async context => (await context.Source.RolesAsync(context.CancellationToken)).Order().ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessScopeType>>>>("scopes")
            .Resolve(context => Enum.GetValues<AccessScope>().Where(context.Source.Allows).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessTokenType>>>>("accessTokens")
            .Description("The caller's own tokens, newest first (without their secrets).")
            .ResolveAsync(async context =>
            {
                var personId = context.Source.PersonId;
                return await context.Get<ContentHubDbContext>().AccessTokens.AsNoTracking()
                    .Where(t => t.PersonId == personId)
                    .OrderByDescending(t => t.Id)
                    .ProjectTo<AccessTokenModel>(context.Get<IMappingConfiguration>())
                    .ToListAsync(context.CancellationToken);
            });
    }
}

public static class ViewerQueries
{
    public static void AddViewerQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("The caller: anonymous, or a signed-in person with roles in this hub.")
            .Resolve(context => context.Get<Caller>());
}
