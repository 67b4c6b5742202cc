using Lucene.Net.Analysis;

namespace ContentHub.Search.Querying;

/// <summary>A piece of a stored text around matching words, with where the matches are.</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int Length)> Highlights);

/// <summary>
/// Snippets without the Highlighter package: the stored text is analysed again with the field's
/// analyser, tokens whose terms the query holds are marked by their offsets, and the windows with
/// the most matches win. Highlights are ranges, so clients render them without trusting markup.
/// </summary>
public static class Snippets
{
    public static IReadOnlyList<Snippet> Build(Analyzer analyzer, string field, string text, ISet<string> queryTerms, int count = 2, int width = 180)
    {
        var matches = AnalyzedTerms.Of(analyzer, field, text).Where(t => queryTerms.Contains(t.Term)).ToList();
        if (matches.Count == 0)
        {
            return [new Snippet(Trim(text, 0, width), [])];
        }

        var windows = new List<(int Start, int End, int Hits)>();
        foreach (var match in matches)
        {
            var start = Math.Max(0, match.Start - width / 3);
            var end = Math.Min(text.Length, start + width);
            windows.Add((start, end, matches.Count(m => m.Start >= start && m.End <= end)));
        }

        var chosen = new List<(int Start, int End)>();
        foreach (var window in windows.OrderByDescending(w => w.Hits).ThenBy(w => w.Start))
        {
            if (chosen.Count < count && chosen.All(c => window.End <= c.Start || window.Start >= c.End))
            {
                chosen.Add((window.Start, window.End));
            }
        }

        return chosen.OrderBy(c => c.Start).Select(c =>
        {
            var (start, end) = Expand(text, c.Start, c.End);
            return new Snippet(
                text[start..end],
                matches.Where(m => m.Start >= start && m.End <= end).Select(m => (m.Start - start, m.End - m.Start)).ToList());
        }).ToList();
    }

    private static string Trim(string text, int start, int width) => text.Length <= width ? text : text[start..Expand(text, start, width).End];

    /// <summary>Widens a window to whole words.</summary>
    private static (int Start, int End) Expand(string text, int start, int end)
    {
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start, end);
    }
}
