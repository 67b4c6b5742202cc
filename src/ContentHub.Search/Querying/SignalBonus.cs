using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

/// <summary>A structured fact a hit may share with the request (a help type, a campaign …) and its boost.</summary>
internal sealed record Signal(Term Term, float Boost);

/// <summary>
/// Adds to text hits what they share of a request's structured facts. Each shared fact is worth
/// its boost times its BM25 idf — a campaign few cases belong to says more than a platform most
/// use — which is what the fact would score as a SHOULD clause. Applied to the text's best
/// candidates afterwards, so the text query stays a pure disjunction, Lucene's fastest kind.
/// </summary>
internal static class SignalBonus
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] candidates, IReadOnlyList<Signal> signals)
    {
        var reader = searcher.IndexReader;
        var leaves = reader.Leaves;
        var byDoc = candidates.OrderBy(c => c.Doc).ToArray();
        var scores = byDoc.ToDictionary(c => c.Doc, c => c.Score);
        foreach (var signal in signals)
        {
            var documentFrequency = reader.DocFreq(signal.Term);
            if (documentFrequency == 0)
            {
                continue;
            }

            var bonus = signal.Boost * (float)Math.Log(1 + (reader.MaxDoc - documentFrequency + 0.5) / (documentFrequency + 0.5));
            foreach (var group in byDoc.GroupBy(c => ReaderUtil.SubIndex(c.Doc, leaves)))
            {
                var leaf = leaves[group.Key];
                var postings = leaf.AtomicReader.GetTermDocsEnum(signal.Term);
                if (postings is null)
                {
                    continue;
                }

                foreach (var candidate in group)
                {
                    var local = candidate.Doc - leaf.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    if (at == local)
                    {
                        scores[candidate.Doc] += bonus;
                    }
                }
            }
        }

        return candidates
            .Select(c => new ScoreDoc(c.Doc, scores[c.Doc]))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Doc)
            .ToArray();
    }
}
