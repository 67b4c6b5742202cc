using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace ContentHub.Search.Analysis;

/// <summary>
/// A document's language routes its text to fields analysed for that language (stemming, stop
/// words): <c>title_sv</c>, <c>body_sv</c> … Languages without a stemmer here share the
/// <c>_std</c> fields. Every text also goes to the language-neutral <c>_all</c> fields, which
/// match names, identifiers and tool names across languages.
/// </summary>
public static class LanguageFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string Neutral = "all";
    private const string Fallback = "std";

    private static readonly Dictionary<string, Func<Analyzer>> Stemmed = new(StringComparer.Ordinal)
    {
        ["en"] = () => new EnglishAnalyzer(Version),
        ["sv"] = () => new SwedishAnalyzer(Version),
        ["de"] = () => new GermanAnalyzer(Version),
        ["fr"] = () => new FrenchAnalyzer(Version),
        ["es"] = () => new SpanishAnalyzer(Version),
        ["pt"] = () => new PortugueseAnalyzer(Version),
        ["it"] = () => new ItalianAnalyzer(Version),
        ["nl"] = () => new DutchAnalyzer(Version),
        ["da"] = () => new DanishAnalyzer(Version),
        ["no"] = () => new NorwegianAnalyzer(Version),
        ["fi"] = () => new FinnishAnalyzer(Version),
    };

    /// <summary>The analysed-field suffix for a language code (<c>nb</c> and <c>nn</c> share Norwegian).</summary>
    public static string SuffixFor(string? language)
    {
        var code = (language ?? "").ToLowerInvariant().Split('-')[0];
        code = code is "nb" or "nn" ? "no" : code;
        return Stemmed.ContainsKey(code) ? code : Fallback;
    }

    public static string Title(string suffix) => "title_" + suffix;

    public static string Body(string suffix) => "body_" + suffix;

    public static bool IsBody(string field) => field.StartsWith("body_", StringComparison.Ordinal);

    /// <summary>Every analysed suffix, the neutral one included.</summary>
    public static IEnumerable<string> AllSuffixes => Stemmed.Keys.Append(Fallback).Append(Neutral);

    /// <summary>One analyser for the whole index, choosing per field.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var perField = new Dictionary<string, Analyzer>();
        foreach (var (code, create) in Stemmed)
        {
            perField[Title(code)] = create();
            perField[Body(code)] = create();
        }

        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(Version), perField);
    }
}
