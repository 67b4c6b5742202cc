using System.Text.Json.Nodes;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>One typed error of a mutation payload, reduced to what a client switches on (never the message).</summary>
public sealed record PayloadError(string Code, string? Field);

public static class PayloadErrors
{
    /// <summary>
    /// The payload's <c>errors</c> as distinct (code, field) pairs, ordered so tests can compare whole lists.
    /// Distinct because one field may fail two ways at once (too long and malformed); a client
    /// switches on code and field, so that is what a test pins. Needs <c>... on Error { code }</c>
    /// and each error type's <c>field</c> in the selection set.
    /// </summary>
    public static IReadOnlyList<PayloadError> ErrorsOf(JsonNode? payload) =>
        payload?["errors"].Items()
            .Select(error => new PayloadError(error["code"].Text(), error["field"]?.GetValue<string>()))
            .Distinct()
            .OrderBy(error => error.Code, StringComparer.Ordinal)
            .ThenBy(error => error.Field, StringComparer.Ordinal)
            .ToList() ?? [];

    /// <summary>Asserts the payload failed with exactly these errors (in any order) and returned no node.</summary>
    public static void ShouldFailWith(JsonNode? payload, string nodeField, params PayloadError[] expected)
    {
        Assert.NotNull(payload);
        Assert.True(payload[nodeField] is null, $"A failed mutation returned a {nodeField}: {payload.Compact()}");
        var ordered = expected.OrderBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.Field, StringComparer.Ordinal).ToList();
        Assert.Equal(ordered, ErrorsOf(payload));
    }

    /// <summary>Asserts the payload succeeded: <c>errors</c> is null, as the schema promises on success.</summary>
    public static JsonNode ShouldSucceed(JsonNode? payload, string nodeField)
    {
        Assert.NotNull(payload);
        Assert.True(payload["errors"] is null, $"Unexpected payload errors: {payload.Compact()}");
        return payload[nodeField] ?? throw new InvalidOperationException($"The payload has no {nodeField}: {payload.Compact()}");
    }
}
