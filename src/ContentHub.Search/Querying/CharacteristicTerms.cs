using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Analysis;

namespace ContentHub.Search.Querying;

/// <summary>
/// "More like this" on our terms: the words of a text that best tell it apart (frequent in the
/// text, rare in the index, by BM25's idf), as a weighted query. Building it ourselves keeps
/// the same path for a stored case, a draft the requester is typing, and the evaluation.
/// </summary>
public static class CharacteristicTerms
{
    public static Query Build(IndexSearcher searcher, Analyzer analyzer, IEnumerable<(string Field, string Text, float Boost)> parts, int maxTerms)
    {
        var reader = searcher.IndexReader;
        var documents = Math.Max(reader.NumDocs, 1);
        var scored = new List<(Term Term, double Weight)>();
        foreach (var (field, text, boost) in parts)
        {
            foreach (var (term, frequency) in AnalyzedTerms.Frequencies(analyzer, field, text))
            {
                var key = new Term(field, term);
                var documentFrequency = reader.DocFreq(key);
                if (documentFrequency == 0)
                {
                    continue; // a word no document has cannot match anything
                }

                var idf = Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
                // Dampened term frequency: a word repeated ten times is not ten times as telling.
                scored.Add((key, boost * idf * (1 + Math.Log(frequency))));
            }
        }

        var query = new BooleanQuery();
        foreach (var (term, weight) in scored.OrderByDescending(s => s.Weight).Take(maxTerms))
        {
            query.Add(new TermQuery(term) { Boost = (float)weight }, Occur.SHOULD);
        }

        return query;
    }
}
