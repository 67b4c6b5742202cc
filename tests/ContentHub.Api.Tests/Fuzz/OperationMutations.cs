using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Fuzz;

/// <summary>
/// The real operations of <c>schema/operations</c>, broken token by token (dropped, doubled,
/// swapped, replaced by huge or strange literals) and sent with their variables, mangled ones or none.
/// </summary>
public sealed partial class OperationMutations
{
    private readonly List<(string Name, string Document, JsonNode? Variables)> operations = Directory
        .GetFiles(Path.Combine(RepositoryRoot.Path, "schema", "operations"), "*.graphql")
        .Order(StringComparer.Ordinal)
        .Select(file => (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file), Variables(file)))
        .ToList();

    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "@", "...", "=", "|", "&", "__typename", "$undefined", "@skip(if: true)",
        "@include(if: $nope)", "@unknownDirective", "on", "fragment", "query", "mutation", "subscription", "null", "true",
        "99999999999999999999999999", "-2147483649", "1e400", "-0", "0x1F", "\"\"\"block\"\"\"", "\"\\u0000\"", "\u0000", "\"\\uD800\"",
        "\"\\u{1F600}\"", "\"unterminated", "#comment\n", "\u00A0", "\u2028", "ÅÄÖ", "🎉",
    ];

    public FuzzRequest Next(FuzzValues values)
    {
        var (name, document, variables) = values.Pick(operations);
        var tokens = TokenPattern().Matches(document).Select(match => match.Value).Where(token => !token.StartsWith('#')).ToList();
        for (var edits = 1 + values.Next(3); edits > 0 && tokens.Count > 1; edits--)
        {
            Edit(tokens, values);
        }

        var sentVariables = values.Next(4) switch
        {
            0 => null,
            1 => Mangle(variables?.DeepClone(), values),
            2 => values.AnyJson(),
            _ => variables?.DeepClone(),
        };
        var body = new JsonObject { ["query"] = string.Join(' ', tokens), ["variables"] = sentVariables };
        return new FuzzRequest("mangled " + name, body.ToJsonString()) { MayWrite = document.Contains("mutation", StringComparison.Ordinal) };
    }

    private static void Edit(List<string> tokens, FuzzValues values)
    {
        var at = values.Next(tokens.Count);
        switch (values.Next(6))
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(at, tokens[at]);
                break;
            case 2:
                (tokens[at], tokens[values.Next(tokens.Count)]) = (tokens[values.Next(tokens.Count)], tokens[at]);
                break;
            case 3:
                tokens.Insert(at, values.Pick(Insertions));
                break;
            case 4:
                tokens[at] = tokens[at].StartsWith('"') ? System.Text.Json.JsonSerializer.Serialize(values.Text()) : values.Pick(Insertions);
                break;
            default:
                // A selection set nested far deeper than any limit.
                var depth = values.Pick([20, 200, 2_000, 20_000]);
                tokens.Insert(at, string.Concat(Enumerable.Repeat("{ a ", depth)) + string.Concat(Enumerable.Repeat("} ", depth)));
                break;
        }
    }

    /// <summary>Replaces some leaf values of the real variables by values of other types.</summary>
    private static JsonNode? Mangle(JsonNode? node, FuzzValues values)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var key in map.Select(pair => pair.Key).ToList())
                {
                    map[key] = values.Chance(0.25) ? values.AnyJson() : Mangle(map[key], values);
                }

                return map;
            case JsonArray list:
                return values.Chance(0.3) ? values.AnyJson() : new JsonArray(list.Select(item => Mangle(item?.DeepClone(), values)).ToArray());
            default:
                return values.Chance(0.3) ? values.AnyJson() : node;
        }
    }

    private static JsonNode? Variables(string documentPath)
    {
        var file = Path.ChangeExtension(documentPath, ".variables.json");
        return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file)) : null;
    }

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|[A-Za-z_][A-Za-z0-9_]*|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\.\\.|#[^\\n]*|\\S")]
    private static partial Regex TokenPattern();
}
