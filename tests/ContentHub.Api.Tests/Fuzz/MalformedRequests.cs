using System.Text;
using System.Text.Json;

namespace ContentHub.Api.Tests.Fuzz;

/// <summary>
/// Bodies and headers no well-behaved client sends: broken and truncated JSON, the wrong shapes,
/// other media types, huge numbers, and documents built to exhaust a parser, validator or executor.
/// </summary>
public static class MalformedRequests
{
    private const string Valid = """{"query":"query($first: Int) { requests(first: $first) { totalCount nodes { title } } }","variables":{"first":2}}""";

    private static readonly string[] Bodies =
    [
        "", " ", "{", "}", "[", "null", "true", "1", "1e999", "\"{ currentHub { name } }\"", "[]", "[1]", "{}", "{\"query\":1}", "{\"query\":null}",
        "{\"query\":\"\"}", "{\"query\":[]}", "{\"query\":{}}", "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}",
        "{\"query\":\"{ __typename }\",\"variables\":[1]}", "{\"query\":\"{ __typename }\",\"operationName\":5}",
        "{\"query\":\"{ __typename }\",\"extensions\":7}", "{\"query\":\"{ __typename }\",\"query\":\"{ currentHub { name } }\"}",
        "{\"query\":\"{ __typename }\"} trailing", "{\"query\":\"{ __typename }\",}", "{'query':'{ __typename }'}", "{\"query\":\"\\uD800\"}",
        "{\"query\":\"{ __typename }\",\"operationName\":\"Nope\"}", "{\"query\":\"query A { __typename } query B { __typename }\"}",
        "{\"query\":\"query($f: Int) { requests(first: $f) { totalCount } }\",\"variables\":{\"f\":1e999}}",
        "{\"query\":\"query($f: Int) { requests(first: $f) { totalCount } }\",\"variables\":{\"f\":123456789012345678901234567890}}",
        "{\"query\":\"query($f: Int) { requests(first: $f) { totalCount } }\",\"variables\":{\"f\":-0.0}}",
        "{\"query\":\"query($f: Int) { requests(first: $f) { totalCount } }\",\"variables\":{\"f\":2.5}}",
        "{\"query\":\"{ requests(first: 99999999999999999999) { totalCount } }\"}",
        "{\"query\":\"{ requests(first: -5) { totalCount } }\"}", "{\"query\":\"{ requests(last: 0) { totalCount } }\"}",
        "{\"query\":\"{ node(id: \\\"\\\") { id } }\"}", "{\"query\":\"{ nodes(ids: []) { id } }\"}",
        "{\"query\":\"fragment A on Query { ...B } fragment B on Query { ...A } { ...A }\"}",
        "{\"query\":\"subscription { caseEvents { sequence } }\"}",
        "{\"query\":\"mutation { __typename }\"}",
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/xml", "application/json; charset=latin1", "application/json; charset=utf-16", "application/JSON", "*/*",
    ];

    private static readonly string[] Accepts =
        ["text/html", "application/xml", "*/*", "application/json;q=0", "application/graphql-response+json, application/json;q=0.9", "image/*"];

    public static FuzzRequest Next(FuzzValues values) => values.Next(7) switch
    {
        0 => new("malformed body", values.Pick(Bodies)),
        1 => new("truncated body", Valid[..values.Next(Valid.Length)]),
        2 => new("wrong content type", Valid, values.Pick(ContentTypes)),
        3 => new("unacceptable accept", Valid, Accept: values.Pick(Accepts)),
        4 => new("deep json", DeepJson(values.Pick([10, 60, 100, 5_000]))),
        5 => new("pathological document", JsonSerializer.Serialize(new { query = PathologicalDocument(values) })),
        _ => new("bytes", Encoding.Latin1.GetString(Enumerable.Range(0, values.Next(200)).Select(_ => (byte)values.Next(256)).ToArray())),
    };

    private static string DeepJson(int depth) =>
        "{\"query\":\"query($w: HelpRequestFilterInput) { requests(where: $w) { totalCount } }\",\"variables\":{\"w\":"
        + string.Concat(Enumerable.Repeat("{\"and\":[", depth)) + "{}" + string.Concat(Enumerable.Repeat("]}", depth)) + "}}";

    private static string PathologicalDocument(FuzzValues values)
    {
        var n = values.Pick([10, 100, 1_000, 10_000]);
        return values.Next(6) switch
        {
            0 => "{ requests(where: " + string.Concat(Enumerable.Repeat("{ and: [", n)) + "{}" + string.Concat(Enumerable.Repeat("] }", n)) + ") { totalCount } }",
            1 => "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: currentHub {{ name }} ")) + "}",
            2 => "{ currentHub { name } } " + string.Concat(Enumerable.Range(0, n).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")),
            3 => "{ requests(first: 1) { totalCount } " + string.Concat(Enumerable.Repeat("@skip(if: false) ", n)) + "}",
            4 => "query(" + string.Concat(Enumerable.Range(0, n).Select(i => $"$v{i}: Int ")) + ") { __typename }",
            _ => "{ requests(first: 1, where: { title: { in: [" + string.Join(", ", Enumerable.Range(0, n).Select(i => $"\"t{i}\"")) + "] } }) { totalCount } }",
        };
    }
}
