using System.Collections;
using ContentHub.Api.GraphQL.Common;

namespace ContentHub.Api.GraphQL.Filtering;

/// <summary>
/// Turns the global IDs in an <c>IdOperationFilterInput</c> value into keys of one node type. An ID
/// of another type is a client mistake and gets a clear error rather than an empty list.
/// </summary>
internal static class GlobalIdOperands
{
    public static IDictionary<string, object?> ToKeys(IDictionary<string, object?> operations, string nodeType) =>
        operations.ToDictionary(pair => pair.Key, pair => pair.Key switch
        {
            "eq" or "neq" => (object?)KeyOf(pair.Value, nodeType),
            "in" or "nin" => (pair.Value as IEnumerable)?.Cast<object?>().Select(id => (object?)KeyOf(id, nodeType)).ToList(),
            _ => FilterExpressions.Dictionaries(pair.Value).Select(nested => ToKeys(nested, nodeType)).ToList(),
        });

    private static int? KeyOf(object? id, string nodeType)
    {
        if (id is null)
        {
            return null;
        }

        var text = Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture);
        return GlobalId.KeyOf(text, nodeType)
            ?? throw new UserFacingException("INVALID_ID", $"'{text}' is not the ID of one {nodeType}.");
    }
}
