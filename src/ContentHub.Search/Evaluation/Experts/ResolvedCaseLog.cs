using System.Text.Json;

namespace ContentHub.Search.Evaluation.Experts;

/// <summary>One resolved case of the dataset: its text, tags, when it was asked and who resolved it.</summary>
public sealed record ResolvedCaseRecord(string Id, string Title, string Text, IReadOnlyList<string> Tags, DateTime Created, string Resolver);

/// <summary>Reads <c>cases.jsonl</c> (see <c>eval/README.md</c>), oldest first.</summary>
public static class ResolvedCaseLog
{
    public static IReadOnlyList<ResolvedCaseRecord> Load(string folder)
    {
        var file = Path.Combine(folder, "cases.jsonl");
        return File.ReadLines(file)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select((line, i) => Parse(line, file, i + 1))
            .OrderBy(c => c.Created)
            .ToList();
    }

    private static ResolvedCaseRecord Parse(string line, string file, int number)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{file}:{number}: missing \"{name}\"");
        var tags = root.TryGetProperty("tags", out var list) ? list.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [];
        return new ResolvedCaseRecord(Text("_id"), Text("title"), Text("text"), tags, DateTime.Parse(Text("created"), System.Globalization.CultureInfo.InvariantCulture), Text("resolver"));
    }
}
