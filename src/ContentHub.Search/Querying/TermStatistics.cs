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
/// per segment in sorted order. The whole index's memory has one bound: past it, every segment
/// starts over.
/// </summary>
/// <remarks>
/// One per index, held by the <see cref="Indexing.SearchIndex"/>; segments are forgotten through
/// Lucene's own eviction hook (as its field cache does), not through a table weakly keyed by the
/// segment: what only a weak table holds, the runtime marks while every thread is stopped (in the
/// last phase of a background collection), and these words made such pauses 40–110 ms long.
/// </remarks>
internal sealed class TermStatistics : SegmentReader.ICoreDisposedListener
{
    // Words remembered over all segments and fields before the memory starts over: a word a
    // segment lacks takes about 60 bytes, one it has about 190, so at most some 30 MB, with the
    // common words back after a few requests. (A bound of 50,000 per segment and field let the
    // twenty-odd segments of a 100k-case index hold 90 MB of words after a two-minute load run,
    // most of the server's live heap, and more with every new segment.)
    public const int DefaultMaxRemembered = 250_000;

    private readonly ConcurrentDictionary<object, ConcurrentDictionary<string, SegmentWords>> segments = new();
    private readonly int maxRemembered;
    private int remembered;

    public TermStatistics(int maxRemembered = DefaultMaxRemembered) => this.maxRemembered = maxRemembered;

    /// <summary>How many segments have words remembered: those of the searchers in use, no more.</summary>
    public int RememberedSegments => segments.Count;

    /// <summary>How many words all segments and fields remember together.</summary>
    public int RememberedWords => Volatile.Read(ref remembered);

    public Dictionary<string, TermContext> Lookup(IndexReader reader, string field, IEnumerable<string> words)
    {
        var top = reader.Context;
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var contexts = distinct.ToDictionary(word => word, _ => new TermContext(top), StringComparer.Ordinal);
        foreach (var leaf in top.Leaves)
        {
            var segmentWords = Remembered(leaf.AtomicReader).GetOrAdd(field, _ => new SegmentWords(this));
            foreach (var (word, statistics) in segmentWords.Get(leaf.AtomicReader, field, distinct))
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

    void SegmentReader.ICoreDisposedListener.OnDispose(object ownerCoreCacheKey)
    {
        if (segments.TryRemove(ownerCoreCacheKey, out var fields))
        {
            Interlocked.Add(ref remembered, -fields.Values.Sum(words => words.Count));
        }
    }

    /// <summary>
    /// Forgets every segment's words if <paramref name="count"/> more would not fit. The segments
    /// themselves stay known, with the listener that forgets them when Lucene disposes of them, and
    /// so do their tables' sizes.
    /// </summary>
    private void MakeRoom(int count)
    {
        if (Volatile.Read(ref remembered) + count > maxRemembered)
        {
            foreach (var words in segments.Values.SelectMany(fields => fields.Values))
            {
                words.Forget();
            }

            Interlocked.Exchange(ref remembered, 0);
        }
    }

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
    /// <remarks>
    /// A plain dictionary under a lock rather than a concurrent one: a search asks for thirty-odd
    /// words at once, so it takes the lock twice (to read what is known, then to add what it
    /// sought) instead of once a word; and forgetting keeps the table's size, where a concurrent
    /// dictionary's <c>Clear</c> shrinks it, and every start-over had each segment's table grow back
    /// step by step, each step taking all of its locks: that bookkeeping was two thirds of looking
    /// the words up, and a sixth of an expert match at 100k cases.
    /// </remarks>
    private sealed class SegmentWords(TermStatistics owner)
    {
        private readonly Dictionary<string, WordStatistics?> words = new(StringComparer.Ordinal);
        private readonly Lock gate = new();

        public int Count
        {
            get
            {
                lock (gate)
                {
                    return words.Count;
                }
            }
        }

        public void Forget()
        {
            lock (gate)
            {
                words.Clear();
            }
        }

        public List<(string Word, WordStatistics? Statistics)> Get(AtomicReader segment, string field, IReadOnlyList<string> wanted)
        {
            var found = new List<(string Word, WordStatistics? Statistics)>(wanted.Count);
            var missing = new List<(string Word, BytesRef Bytes)>();
            lock (gate)
            {
                foreach (var word in wanted)
                {
                    if (words.TryGetValue(word, out var statistics))
                    {
                        found.Add((word, statistics));
                    }
                    else
                    {
                        missing.Add((word, new BytesRef(word)));
                    }
                }
            }

            if (missing.Count == 0)
            {
                return found;
            }

            var sought = found.Count;
            owner.MakeRoom(missing.Count);
            var enumerator = segment.GetTerms(field)?.GetEnumerator();
            foreach (var (word, bytes) in missing.OrderBy(m => m.Bytes, BytesRef.UTF8SortedAsUnicodeComparer))
            {
                found.Add((word, enumerator is not null && enumerator.SeekExact(bytes)
                    ? new WordStatistics(enumerator.GetTermState(), enumerator.DocFreq, enumerator.TotalTermFreq)
                    : null));
            }

            var added = 0;
            lock (gate)
            {
                for (var i = sought; i < found.Count; i++)
                {
                    added += words.TryAdd(found[i].Word, found[i].Statistics) ? 1 : 0;
                }
            }

            Interlocked.Add(ref owner.remembered, added);
            return found;
        }
    }
}
