using ContentHub.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

/// <summary>One way of analysing a text, and the fields (with boosts) its words are looked for in.</summary>
public sealed record TermSource(string AnalysisField, IReadOnlyList<(string Field, float Boost)> SearchFields, int MaxTerms);

/// <summary>One clause of the query: a word looked for in a field, and the word as the text wrote it.</summary>
public sealed record ChosenWord(Term Term, string AsWritten, float Boost, TermContext Statistics);

/// <summary>The query, and its clauses best first, kept to tell a hit what it shares with the text.</summary>
public sealed record CharacteristicQuery(Query Query, IReadOnlyList<ChosenWord> Words);

/// <summary>
/// "More like this" on our terms: the words of a text that best tell it apart — frequent in the
/// text, rare in the index by BM25's idf — as a weighted query. Words are chosen once per
/// analysis, by their rarity in the body field (short titles make common words look rare), and
/// then looked for in every field of that analysis. Building it ourselves keeps one path for a
/// stored case, a draft the requester is typing, and the evaluation.
/// </summary>
public static class CharacteristicTerms
{
    private const double CommonShare = 0.2;
    private const int CommonFloor = 20;

    public static CharacteristicQuery Build(IndexSearcher searcher, SearchIndex index, string text, IEnumerable<TermSource> sources)
    {
        var reader = searcher.IndexReader;
        var documents = Math.Max(reader.NumDocs, 1);
        var words = new List<ChosenWord>();
        foreach (var source in sources)
        {
            var occurrences = AnalyzedTerms.Of(index.Analyzer, source.AnalysisField, text).GroupBy(t => t.Term).ToDictionary(g => g.Key, g => g.ToList());
            var frequencies = index.DocumentFrequencies.Of(reader, source.AnalysisField, occurrences.Keys);
            var chosen = occurrences
                .Select(pair => (Word: pair.Key, Weight: Weight(frequencies[pair.Key], documents, pair.Value.Count)))
                .Where(candidate => candidate.Weight > 0)
                .OrderByDescending(candidate => candidate.Weight)
                .ThenBy(candidate => candidate.Word, StringComparer.Ordinal)
                .Take(source.MaxTerms)
                .ToList();
            foreach (var (field, boost) in source.SearchFields)
            {
                var contexts = index.TermStatistics.Lookup(reader, field, chosen.Select(c => c.Word));
                foreach (var (word, weight) in chosen.Where(c => contexts[c.Word].DocFreq > 0))
                {
                    var first = occurrences[word][0];
                    words.Add(new ChosenWord(new Term(field, word), text[first.Start..first.End].ToLowerInvariant(), (float)(weight * boost), contexts[word]));
                }
            }
        }

        words.Sort((a, b) => b.Boost.CompareTo(a.Boost));
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new TermQuery(word.Term, word.Statistics) { Boost = word.Boost }, Occur.SHOULD);
        }

        return new CharacteristicQuery(query, words);
    }

    private static double Weight(int documentFrequency, int documents, int frequency)
    {
        if (documentFrequency == 0)
        {
            return 0; // a word no document has cannot match anything
        }

        if (documentFrequency > Math.Max(documents * CommonShare, CommonFloor))
        {
            // Like MoreLikeThis's maxDocFreqPct: a word in a fifth of all documents tells none of
            // them apart, yet its long postings cost the most to score. (SemEval: nDCG@10 0.497 →
            // 0.500 with it.) The floor keeps every word of a small index, where a fifth is a few.
            return 0;
        }

        var idf = Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
        // Dampened term frequency: a word repeated ten times is not ten times as telling.
        return idf * (1 + Math.Log(frequency));
    }
}
