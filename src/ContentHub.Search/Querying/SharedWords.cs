using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

/// <summary>
/// Which of a query's words each hit contains, read from the postings the query already looked
/// up — not by analysing the hits' texts again, which cost more than the search itself. Words
/// come best first, as the request wrote them.
/// </summary>
internal static class SharedWords
{
    public static Dictionary<int, List<string>> Of(IndexSearcher searcher, IReadOnlyList<ScoreDoc> hits, IReadOnlyList<ChosenWord> words, int most)
    {
        var leaves = searcher.IndexReader.Leaves;
        var shared = hits.ToDictionary(hit => hit.Doc, _ => new List<string>());
        foreach (var group in hits.GroupBy(hit => ReaderUtil.SubIndex(hit.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var local = group.Select(hit => hit.Doc - leaf.DocBase).Order().ToArray();
            var enumerators = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
            DocsEnum? postings = null;
            foreach (var word in words)
            {
                if (word.Statistics.Get(leaf.Ord) is not { } state)
                {
                    continue; // the word is in no document of this segment
                }

                if (!enumerators.TryGetValue(word.Term.Field, out var terms))
                {
                    terms = enumerators[word.Term.Field] = leaf.AtomicReader.GetTerms(word.Term.Field)?.GetEnumerator();
                }

                terms!.SeekExact(word.Term.Bytes, state);
                postings = terms.Docs(null, postings, DocsFlags.NONE);
                foreach (var doc in local)
                {
                    var at = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
                    var found = shared[doc + leaf.DocBase];
                    if (at == doc && found.Count < most && !found.Contains(word.AsWritten))
                    {
                        found.Add(word.AsWritten);
                    }
                }
            }
        }

        return shared;
    }
}
