using System.Globalization;
using System.Text.Json;

namespace ContentHub.Search.Evaluation;

/// <summary>One line of a BEIR <c>corpus.jsonl</c> or <c>queries.jsonl</c>.</summary>
public sealed record BeirText(string Id, string Title, string Text);

/// <summary>
/// A retrieval test set in the BEIR layout: <c>corpus.jsonl</c>, <c>queries.jsonl</c> and
/// <c>qrels/test.tsv</c> (<c>query-id corpus-id score</c>, header row optional). Judgements map a
/// query id to its judged documents and their grades; a grade of 0 means judged not relevant.
/// </summary>
public sealed record BeirDataset(
    IReadOnlyList<BeirText> Corpus,
    IReadOnlyList<BeirText> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgements)
{
    public static BeirDataset Load(string folder) => new(
        ReadTexts(Path.Combine(folder, "corpus.jsonl")),
        ReadTexts(Path.Combine(folder, "queries.jsonl")),
        ReadJudgements(Path.Combine(folder, "qrels", "test.tsv")));

    /// <summary>The judgements of a query, empty when it has none.</summary>
    public IReadOnlyDictionary<string, int> JudgementsOf(string queryId) =>
        Judgements.TryGetValue(queryId, out var judged) ? judged : new Dictionary<string, int>();

    private static List<BeirText> ReadTexts(string file)
    {
        var texts = new List<BeirText>();
        foreach (var (line, number) in File.ReadLines(file).Select((line, index) => (line, index + 1)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = StringOf(root, "_id") ?? throw new InvalidDataException($"{file}:{number} has no _id");
            texts.Add(new BeirText(id, StringOf(root, "title") ?? "", StringOf(root, "text") ?? ""));
        }

        return texts;
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static Dictionary<string, IReadOnlyDictionary<string, int>> ReadJudgements(string file)
    {
        var judgements = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(file).Select((line, index) => (line, index + 1)))
        {
            var cells = line.Split('\t', StringSplitOptions.TrimEntries);
            if (string.IsNullOrWhiteSpace(line) || (number == 1 && cells[0] == "query-id"))
            {
                continue;
            }

            if (cells.Length < 3 || !int.TryParse(cells[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade))
            {
                throw new InvalidDataException($"{file}:{number} is not 'query-id<TAB>corpus-id<TAB>score'");
            }

            if (!judgements.TryGetValue(cells[0], out var judged))
            {
                judgements[cells[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            judged[cells[1]] = grade;
        }

        return judgements.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
    }
}
