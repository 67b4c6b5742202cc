using System.Text;
using System.Text.Json.Nodes;
using ContentHub.Api.GraphQL.Common;
using ColumnLimits = ContentHub.Data.Limits;

namespace ContentHub.Api.Tests.Fuzz;

/// <summary>Values a client could send, from the plausible to the hostile, drawn from one seeded generator.</summary>
public sealed class FuzzValues(Random random)
{
    /// <summary>Every node type the server knows; IDs of the wrong type must be typed errors, never another row.</summary>
    private static readonly string[] NodeTypes =
    [
        "Hub", "Affiliate", "Campaign", "Person", "ExpertProfile", "HelpRequest", "CaseComment", "Referral", "CaseAssignment",
        "KnowledgeArticle", "Committee", "CommitteeMeeting", "AgendaItem", "Interview",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "\t\n", "A plain sentence.", "Digitised maps from 1850", "sv", "en", "SE", "Q42", "wikimedia-sverige",
        "upload-tooling", "åäö ÅÄÖ — Ünïcödé 日本語 العربية", "🎉👩‍👩‍👧‍👦🏳️‍🌈", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\u0000", "a\u0000b",
        "\uFEFF", "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "http://example.org/a",
        "https://commons.wikimedia.org/wiki/File:X.jpg", "ftp://example.org", "//example.org", "http://", "mailto:a@b.c",
        "'; DROP TABLE HelpRequests; --", "%s%n%x", "{{7*7}}", "../../etc/passwd", "null", "true", "-1", "1e999",
        "2026-02-30", "9999-12-31T23:59:59Z", "\\", "\"", "Robert'); --",
    ];

    private static readonly int[] LongTextLengths =
        [ColumnLimits.Key + 1, ColumnLimits.Name + 1, ColumnLimits.Title + 1, ColumnLimits.Url + 1, ColumnLimits.Summary + 1, ColumnLimits.Comment + 1, ColumnLimits.Description + 1, ColumnLimits.ArticleBody + 1];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public int Next(int max) => random.Next(max);

    public string Text() => random.Next(10) switch
    {
        0 => new string(Pick("aé日🎉<".ToCharArray()), Pick(LongTextLengths)),
        1 => RandomUnicode(random.Next(1, 40)),
        _ => Pick(Texts),
    };

    /// <summary>Mostly well-formed IDs of every type (keys that exist and keys that do not), sometimes junk.</summary>
    public string Id() => random.Next(8) switch
    {
        0 => Pick(["", "abc", "SGVsbG8", "!!!", new string('A', 300), "\u0000", Encoded("HelpRequest:0"), Encoded("HelpRequest:-1"),
            Encoded("HelpRequest:99999999999"), Encoded("Nope:1"), Encoded(":1"), Encoded("HelpRequest:1:2")]),
        1 => GlobalId.Format(Pick(NodeTypes), random.Next(1, int.MaxValue)),
        _ => GlobalId.Format(Pick(NodeTypes), random.Next(1, 13)),
    };

    public JsonNode? Scalar(string name) => name switch
    {
        "String" => Text(),
        "ID" => Id(),
        "Int" => Pick<JsonNode?>([0, 1, 3, 40, -1, -1000, int.MaxValue, int.MinValue, random.Next(0, 200)]),
        "Long" => Pick<JsonNode?>([0, 1, -1, long.MaxValue, long.MinValue, random.Next()]),
        "Float" or "Decimal" => Pick<JsonNode?>([0, 0.5, -3.25, 1e308, -1e308, 5e-324, 79228162514264337593543950335m, random.NextDouble() * 100]),
        "Boolean" => Chance(0.9) ? Chance(0.5) : "true",
        "DateTime" => Pick(["2026-03-01T10:00:00Z", "2026-03-01T10:00:00+02:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "1970-01-01T00:00:00Z", "2026-13-45T25:61:00Z", "yesterday", "2026-03-01", ""]),
        "DateOnly" => Pick(["2026-06-01", "2025-01-31", "0001-01-01", "9999-12-31", "2026-02-30", "2026-06-01T00:00:00Z", "x"]),
        _ => Text(),
    };

    /// <summary>A value of a random JSON kind, for a field that expects another.</summary>
    public JsonNode? AnyJson(int depth = 0) => random.Next(depth > 2 ? 4 : 7) switch
    {
        0 => null,
        1 => Text(),
        2 => Scalar("Int"),
        3 => Chance(0.5),
        4 => new JsonArray(AnyJson(depth + 1), AnyJson(depth + 1)),
        5 => new JsonObject { [Text()] = AnyJson(depth + 1), ["id"] = Id() },
        _ => Scalar("Float"),
    };

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var codePoint = random.Next(8) switch
            {
                0 => random.Next(0, 0x20),
                1 => random.Next(0x300, 0x370),
                2 => random.Next(0x1F300, 0x1FAFF),
                3 => random.Next(0x10000, 0x10FFFF),
                _ => random.Next(0x20, 0xD7FF),
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    private static string Encoded(string raw) => Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
