using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ContentHub.Search.Querying;

/// <summary>Runs text through the analyser of a field: the terms the index would hold for it.</summary>
public static class AnalyzedTerms
{
    public static IEnumerable<(string Term, int Start, int End)> Of(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = new List<(string, int, int)>();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static Dictionary<string, int> Frequencies(Analyzer analyzer, string field, string text) =>
        Of(analyzer, field, text).GroupBy(t => t.Term).ToDictionary(g => g.Key, g => g.Count());
}
