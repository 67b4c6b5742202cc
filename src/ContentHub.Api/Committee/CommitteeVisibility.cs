using GraphQL;
using GraphQL.Builders;

namespace ContentHub.Api.Committee;

/// <summary>
/// Marks the fields only the committee and hub staff may read (members' scores and comments).
/// Authorisation arrives with roles in a later issue; its rule finds these fields by this metadata.
/// </summary>
public static class CommitteeVisibility
{
    public const string Key = "visibility";
    public const string Committee = "committee";

    public static FieldBuilder<TSource, TReturn> CommitteeOnly<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string description) =>
        field.WithMetadata(Key, Committee).Description(description + " Visible to the committee and hub staff only.");
}
