using ContentHub.Data.People;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ContentHub.Api.Access;

/// <summary>
/// Marks who may select a field, the way <c>[Authorize]</c> does: GraphQL.NET only records the
/// metadata, <see cref="AuthorizationRule"/> enforces it before anything runs. The description says
/// it too, so the schema tells a front end what a field needs.
/// </summary>
public static class FieldAccess
{
    public static FieldBuilder<TSource, TReturn> ForRoles<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IReadOnlyCollection<Role> roles)
    {
        field.FieldType.ForRoles(roles);
        return field;
    }

    public static FieldBuilder<TSource, TReturn> SignedIn<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.SignedIn();
        return field;
    }

    public static void ForRoles(this FieldType field, IReadOnlyCollection<Role> roles)
    {
        field.AuthorizeWithRoles(roles.Select(role => role.ToString()).ToArray());
        field.Description = Append(field.Description, $"Requires the role {Names(roles)} in the hub.");
    }

    public static void SignedIn(this FieldType field)
    {
        field.Authorize();
        field.Description = Append(field.Description, "Requires signing in.");
    }

    public static string Names(IEnumerable<Role> roles) => string.Join(" or ", roles.Select(Name));

    public static string Name(Role role) => role.ToString().ToConstantCase();

    private static string Append(string? description, string access) => string.IsNullOrEmpty(description) ? access : description.TrimEnd() + " " + access;
}
