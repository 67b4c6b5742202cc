using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// The statistics of many words of one field, looked up with one terms enumerator per segment in
/// sorted order, instead of one enumerator per word (the benchmark showed the per-word lookups
/// dominating similar-case queries). The resulting contexts also spare the term queries from
/// seeking the same terms again.
/// </summary>
internal static class TermStatistics
{
    public static Dictionary<string, TermContext> Lookup(IndexReader reader, string field, IEnumerable<string> words)
    {
        var top = reader.Context;
        var sorted = words.Distinct(StringComparer.Ordinal)
            .Select(word => (Word: word, Bytes: new BytesRef(word)))
            .OrderBy(entry => entry.Bytes, BytesRef.UTF8SortedAsUnicodeComparer)
            .ToList();
        var contexts = sorted.ToDictionary(entry => entry.Word, _ => new TermContext(top), StringComparer.Ordinal);
        foreach (var leaf in top.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var enumerator = terms.GetEnumerator();
            foreach (var (word, bytes) in sorted)
            {
                if (enumerator.SeekExact(bytes))
                {
                    contexts[word].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                }
            }
        }

        return contexts;
    }
}
