using System.Text.Json;
using ContentHub.Search.Tests.Infrastructure;

namespace ContentHub.Search.Tests.Evaluation;

/// <summary>A five-document BEIR folder on disk, each query with one obviously matching document.</summary>
public sealed class TinyBeirFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public TinyBeirFolder(bool withUnjudgedQuery = false)
    {
        Write("corpus.jsonl",
            Line("D1", "Renewing a residence permit", "How do I renew my residence permit at the immigration office before it expires?"),
            Line("D2", "Beaches for swimming", "Which beaches are good for swimming with small children at the weekend?"),
            Line("D3", "Cheap car rental", "Can anyone recommend a cheap car rental company? I need a car for one month."),
            Line("D4", "Bank account for my salary", "Which bank should I open an account with so my employer can pay my salary?"),
            Line("D5", "Cooking biryani", "Any tips for cooking biryani at home with basmati rice and saffron?"));

        var queries = new List<string>
        {
            Line("Q1", "Residence permit renewal", "My residence permit expires next month. How do I renew it at immigration?"),
            Line("Q2", "Rent a car for a month", "Where can I rent a cheap car for one month?"),
        };
        var qrels = new List<string> { "query-id\tcorpus-id\tscore", "Q1\tD1\t2", "Q1\tD4\t0", "Q2\tD3\t2", "Q2\tD2\t0" };
        if (withUnjudgedQuery)
        {
            // Judged, but nothing relevant: not part of the averages.
            queries.Add(Line("Q3", "Learning Arabic", "Where can I take evening classes in Arabic?"));
            qrels.Add("Q3\tD5\t0");
        }

        Write("queries.jsonl", [.. queries]);
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "qrels"));
        Write(System.IO.Path.Combine("qrels", "test.tsv"), [.. qrels]);
    }

    public string Path => folder.Path;

    public void Dispose() => folder.Dispose();

    private static string Line(string id, string title, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["_id"] = id, ["title"] = title, ["text"] = text });

    private void Write(string file, params string[] lines) =>
        File.WriteAllLines(System.IO.Path.Combine(Path, file), lines);
}
