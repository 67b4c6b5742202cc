using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// The exact statistics of a query's words in one field, segment by segment, which spare the term
/// queries from seeking the same terms again. A segment never changes once written, so each
/// segment remembers the words looked up in it: requests share most of their telling words, and
/// near-real-time reopens keep most segments (and their memory) while a merged-away segment's
/// memory goes with it. Misses are looked up with one terms enumerator per segment in sorted order.
/// </summary>
internal static class TermStatistics
{
    // Words remembered per segment and field before that memory starts over: bounded memory
    // for a long tail of one-off words, with the common words back after a few requests.
    private const int MaxRemembered = 50_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentWords>> Segments = new();

    public static Dictionary<string, TermContext> Lookup(IndexReader reader, string field, IEnumerable<string> words)
    {
        var top = reader.Context;
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var contexts = distinct.ToDictionary(word => word, _ => new TermContext(top), StringComparer.Ordinal);
        foreach (var leaf in top.Leaves)
        {
            var remembered = Segments.GetOrCreateValue(leaf.AtomicReader.CoreCacheKey).GetOrAdd(field, _ => new SegmentWords());
            foreach (var (word, statistics) in remembered.Get(leaf.AtomicReader, field, distinct))
            {
                if (statistics is { } found)
                {
                    contexts[word].Register(found.State, leaf.Ord, found.DocFreq, found.TotalTermFreq);
                }
            }
        }

        return contexts;
    }

    private sealed record WordStatistics(TermState State, int DocFreq, long TotalTermFreq);

    /// <summary>One segment's field: what its words were found to be, absent ones included.</summary>
    private sealed class SegmentWords
    {
        private readonly ConcurrentDictionary<string, WordStatistics?> words = new(StringComparer.Ordinal);
        private int size; // a ConcurrentDictionary's Count takes every lock

        public IEnumerable<(string Word, WordStatistics? Statistics)> Get(AtomicReader segment, string field, IReadOnlyList<string> wanted)
        {
            var missing = new List<(string Word, BytesRef Bytes)>();
            foreach (var word in wanted)
            {
                if (words.TryGetValue(word, out var known))
                {
                    yield return (word, known);
                }
                else
                {
                    missing.Add((word, new BytesRef(word)));
                }
            }

            if (missing.Count == 0)
            {
                yield break;
            }

            if (Interlocked.Add(ref size, missing.Count) > MaxRemembered)
            {
                words.Clear();
                Interlocked.Exchange(ref size, missing.Count);
            }

            var enumerator = segment.GetTerms(field)?.GetEnumerator();
            foreach (var (word, bytes) in missing.OrderBy(m => m.Bytes, BytesRef.UTF8SortedAsUnicodeComparer))
            {
                var found = enumerator is not null && enumerator.SeekExact(bytes)
                    ? new WordStatistics(enumerator.GetTermState(), enumerator.DocFreq, enumerator.TotalTermFreq)
                    : null;
                words[word] = found;
                yield return (word, found);
            }
        }
    }
}
