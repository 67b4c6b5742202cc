using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Fuzz;

/// <summary>
/// Every mutation of the schema (read by introspection, so a new one is fuzzed without a change
/// here), called with inputs of the right shape whose values range from valid to hostile, and
/// now and then a value of the wrong type or a missing required field.
/// </summary>
public sealed class MutationInputs(IReadOnlyList<(string Field, string InputType)> mutations, IReadOnlyDictionary<string, JsonNode> types)
{
    private const string Introspection = """
        {
          __schema {
            mutationType { fields { name args { name type { ...Ref } } } }
            types { name kind inputFields { name type { ...Ref } } enumValues { name } }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public static async Task<MutationInputs> ReadAsync(GraphQLClient graphQL)
    {
        var schema = (await graphQL.DataAsync(Introspection))["__schema"]!;
        var mutations = schema["mutationType"]!["fields"].Items()
            // Rebuilding the whole index takes seconds each time and has tests of its own.
            .Where(field => field["name"].Text() != "rebuildSearchIndex")
            .Select(field => (field["name"].Text(), NamedType(field["args"].Items().Single(arg => arg["name"].Text() == "input")["type"]!)))
            .ToList();
        var types = schema["types"].Items().ToDictionary(type => type["name"].Text());
        return new MutationInputs(mutations, types);
    }

    public int Count => mutations.Count;

    public FuzzRequest Next(FuzzValues values)
    {
        var (field, inputType) = values.Pick(mutations);
        var query = $$"""
            mutation Fuzz($input: {{inputType}}!) {
              {{field}}(input: $input) { __typename errors { __typename ... on Error { code message } } }
            }
            """;
        var input = values.Chance(0.03) ? values.AnyJson() : InputObject(inputType, values, depth: 0);
        var body = new JsonObject { ["query"] = query, ["variables"] = new JsonObject { ["input"] = input } };
        return new FuzzRequest("mutation " + field, body.ToJsonString()) { MayWrite = true, MutationField = field };
    }

    private JsonObject InputObject(string typeName, FuzzValues values, int depth)
    {
        var input = new JsonObject();
        foreach (var field in types[typeName]["inputFields"].Items())
        {
            var required = field["type"]!["kind"].Text() == "NON_NULL";
            if (required ? !values.Chance(0.02) : values.Chance(0.6))
            {
                input[field["name"].Text()] = Value(field["type"]!, values, depth + 1);
            }
        }

        return input;
    }

    private JsonNode? Value(JsonNode type, FuzzValues values, int depth)
    {
        if (values.Chance(0.02))
        {
            return values.AnyJson();
        }

        switch (type["kind"].Text())
        {
            case "NON_NULL":
                return values.Chance(0.02) ? null : Value(type["ofType"]!, values, depth);
            case "LIST":
                var count = depth > 3 ? 0 : values.Chance(0.05) ? 40 : values.Next(4);
                return new JsonArray(Enumerable.Range(0, count).Select(_ => Value(type["ofType"]!, values, depth + 1)).ToArray());
            case "INPUT_OBJECT":
                return depth > 4 ? new JsonObject() : InputObject(type["name"].Text(), values, depth);
            case "ENUM":
                var known = types[type["name"].Text()]["enumValues"].Items().Select(value => value["name"].Text()).ToList();
                return values.Chance(0.9) ? values.Pick(known) : values.Pick(["", "UNKNOWN", known[0].ToLowerInvariant(), "1"]);
            default:
                return values.Scalar(type["name"].Text());
        }
    }

    private static string NamedType(JsonNode type) => type["name"]?.GetValue<string>() ?? NamedType(type["ofType"]!);
}
