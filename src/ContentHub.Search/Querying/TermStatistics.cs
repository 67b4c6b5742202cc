using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// The exact statistics of a query's words in one field, segment by segment, which spare the term
/// queries from seeking the same terms again. A segment never changes once written, so each
/// segment remembers the words looked up in it: requests share most of their telling words, and
/// near-real-time reopens keep most segments (and their memory) while a merged-away segment's
/// memory goes when Lucene disposes of its core. Misses are looked up with one terms enumerator
/// per segment in sorted order.
/// </summary>
/// <remarks>
/// One per index, held by the <see cref="Indexing.SearchIndex"/>; segments are forgotten through
/// Lucene's own eviction hook (as its field cache does), not through a table weakly keyed by the
/// segment: what only a weak table holds, the runtime marks while every thread is stopped (in the
/// last phase of a background collection), and these words made such pauses 40–110 ms long.
/// </remarks>
internal sealed class TermStatistics : SegmentReader.ICoreDisposedListener
{
    // Words remembered per segment and field before that memory starts over: bounded memory
    // for a long tail of one-off words, with the common words back after a few requests.
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<object, ConcurrentDictionary<string, SegmentWords>> segments = new();

    /// <summary>How many segments have words remembered: those of the searchers in use, no more.</summary>
    public int RememberedSegments => segments.Count;

    public Dictionary<string, TermContext> Lookup(IndexReader reader, string field, IEnumerable<string> words)
    {
        var top = reader.Context;
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var contexts = distinct.ToDictionary(word => word, _ => new TermContext(top), StringComparer.Ordinal);
        foreach (var leaf in top.Leaves)
        {
            var remembered = Remembered(leaf.AtomicReader).GetOrAdd(field, _ => new SegmentWords());
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

    /// <summary>
    /// Gives each term query within the query's boolean queries the remembered statistics of its
    /// term (in place; the query is returned), so that scoring does not seek every term in every
    /// segment again: a knowledge-base query looks for each word in several fields. Other queries
    /// stay as they are.
    /// </summary>
    public Query WithStatistics(IndexReader reader, Query query)
    {
        var clauses = new List<(BooleanClause Clause, Term Term, float Boost)>();
        Collect(query, clauses);
        foreach (var byField in clauses.GroupBy(c => c.Term.Field))
        {
            var contexts = Lookup(reader, byField.Key, byField.Select(c => c.Term.Text));
            foreach (var (clause, term, boost) in byField)
            {
                clause.Query = new TermQuery(term, contexts[term.Text]) { Boost = boost };
            }
        }

        return query;
    }

    private static void Collect(Query query, List<(BooleanClause Clause, Term Term, float Boost)> termClauses)
    {
        if (query is not BooleanQuery boolean)
        {
            return;
        }

        foreach (var clause in boolean.Clauses)
        {
            if (clause.Query is TermQuery term)
            {
                termClauses.Add((clause, term.Term, term.Boost));
            }
            else
            {
                Collect(clause.Query, termClauses);
            }
        }
    }

    void SegmentReader.ICoreDisposedListener.OnDispose(object ownerCoreCacheKey) => segments.TryRemove(ownerCoreCacheKey, out _);

    /// <summary>
    /// The segment's memory. The caller's searcher holds a reference to the segment, so its core
    /// cannot be disposed of before the listener is added. A reader that is not a segment's (none
    /// of ours) gets a memory for this call only.
    /// </summary>
    private ConcurrentDictionary<string, SegmentWords> Remembered(AtomicReader reader)
    {
        if (reader is not SegmentReader segment)
        {
            return new();
        }

        if (segments.TryGetValue(segment.CoreCacheKey, out var known))
        {
            return known;
        }

        var fresh = new ConcurrentDictionary<string, SegmentWords>();
        if (!segments.TryAdd(segment.CoreCacheKey, fresh))
        {
            return segments[segment.CoreCacheKey];
        }

        segment.AddCoreDisposedListener(this);
        return fresh;
    }

    private sealed record WordStatistics(TermState State, int DocFreq, long TotalTermFreq);

    /// <summary>One segment's field: what its words were found to be, absent ones included.</summary>
    private sealed class SegmentWords
    {
        private readonly BoundedMemory<string, WordStatistics?> words = new(MaxRemembered, StringComparer.Ordinal);

        public IEnumerable<(string Word, WordStatistics? Statistics)> Get(AtomicReader segment, string field, IReadOnlyList<string> wanted)
        {
            var missing = new List<(string Word, BytesRef Bytes)>();
            foreach (var word in wanted)
            {
                if (words.TryGet(word, out var known))
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

            words.MakeRoom(missing.Count);
            var enumerator = segment.GetTerms(field)?.GetEnumerator();
            foreach (var (word, bytes) in missing.OrderBy(m => m.Bytes, BytesRef.UTF8SortedAsUnicodeComparer))
            {
                var found = enumerator is not null && enumerator.SeekExact(bytes)
                    ? new WordStatistics(enumerator.GetTermState(), enumerator.DocFreq, enumerator.TotalTermFreq)
                    : null;
                words.Remember(word, found);
                yield return (word, found);
            }
        }
    }
}
