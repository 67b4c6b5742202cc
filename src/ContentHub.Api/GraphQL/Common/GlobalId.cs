using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>Opaque node IDs: base64url of <c>TypeName:key</c>. Raw keys never leave the server.</summary>
public static class GlobalId
{
    public static string Format(string typeName, int key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryParse(string? id, out string typeName, out int key)
    {
        typeName = "";
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200 || !Base64Url.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var separator = text.IndexOf(':');
        if (separator <= 0 || !int.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key) || key <= 0)
        {
            return false;
        }

        typeName = text[..separator];
        return true;
    }

    /// <summary>The key of an ID that must name a node of <paramref name="typeName"/>; null when it does not.</summary>
    public static int? KeyOf(string? id, string typeName) =>
        TryParse(id, out var actualType, out var key) && actualType == typeName ? key : null;
}
