using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

/// <summary>One way of analysing a text, and the fields (with boosts) its words are looked for in.</summary>
public sealed record TermSource(string AnalysisField, IReadOnlyList<(string Field, float Boost)> SearchFields, int MaxTerms);

/// <summary>
/// "More like this" on our terms: the words of a text that best tell it apart — frequent in the
/// text, rare in the index by BM25's idf — as a weighted query. Words are chosen once per
/// analysis, by their rarity in the body field (short titles make common words look rare), and
/// then looked for in every field of that analysis. Building it ourselves keeps one path for a
/// stored case, a draft the requester is typing, and the evaluation.
/// </summary>
public static class CharacteristicTerms
{
    public static Query Build(IndexSearcher searcher, Analyzer analyzer, string text, IEnumerable<TermSource> sources)
    {
        var reader = searcher.IndexReader;
        var documents = Math.Max(reader.NumDocs, 1);
        var query = new BooleanQuery();
        foreach (var source in sources)
        {
            var frequencies = AnalyzedTerms.Frequencies(analyzer, source.AnalysisField, text);
            var statistics = TermStatistics.Lookup(reader, source.AnalysisField, frequencies.Keys);
            var chosen = frequencies
                .Select(pair => (Word: pair.Key, Weight: Weight(statistics[pair.Key].DocFreq, documents, pair.Value)))
                .Where(candidate => candidate.Weight > 0)
                .OrderByDescending(candidate => candidate.Weight)
                .ThenBy(candidate => candidate.Word, StringComparer.Ordinal)
                .Take(source.MaxTerms)
                .ToList();
            foreach (var (field, boost) in source.SearchFields)
            {
                var contexts = field == source.AnalysisField ? statistics : TermStatistics.Lookup(reader, field, chosen.Select(c => c.Word));
                foreach (var (word, weight) in chosen.Where(c => contexts[c.Word].DocFreq > 0))
                {
                    query.Add(new TermQuery(new Term(field, word), contexts[word]) { Boost = (float)(weight * boost) }, Occur.SHOULD);
                }
            }
        }

        return query;
    }

    private static double Weight(int documentFrequency, int documents, int frequency)
    {
        if (documentFrequency == 0)
        {
            return 0; // a word no document has cannot match anything
        }

        var idf = Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
        // Dampened term frequency: a word repeated ten times is not ten times as telling.
        return idf * (1 + Math.Log(frequency));
    }
}
