using System.Collections.Concurrent;
using ContentHub.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// Searches limited to the documents a search may return — one kind, one hub, optionally one more
/// term (a status) — kept as cached bit sets. A cached filter is computed once per index segment
/// rather than per query. The bit set is handed to the scorer as the documents it may accept, the
/// way Lucene applies deletions: a filter wrapped around the query (<see cref="FilteredQuery"/>,
/// which <c>IndexSearcher.Search(query, filter, n)</c> builds) always scores in document order, so
/// a many-word disjunction went through the slower in-order scorer. Without the wrapper Lucene
/// picks its out-of-order <c>BooleanScorer</c> for a pure disjunction.
/// </summary>
internal sealed class ScopeFilters
{
    /// <summary>
    /// The out-of-order <c>BooleanScorer</c> sets up a table of 2,048 bucket objects (about 100 KB)
    /// for every segment it scores. Near-real-time writes leave several segments of a handful of
    /// documents each, and their tables were 40 % of what a similar-cases call allocated (at 100k
    /// cases, 9 segments: 2.6 → 1.4 MB a call). A segment with fewer documents than the table has
    /// buckets is scored in order.
    /// </summary>
    private const int OutOfOrderFrom = 2_048;

    private readonly ConcurrentDictionary<(DocumentKind Kind, int HubId, Term? Also), Filter> filters = new();

    /// <summary>The best <paramref name="n"/> documents in scope for the query.</summary>
    public ScoreDoc[] Top(IndexSearcher searcher, Query query, int n, DocumentKind kind, int hubId, Term? also = null)
    {
        var top = TopScoreDocCollector.Create(n, docsScoredInOrder: false);
        Search(searcher, query, top, kind, hubId, also);
        return top.GetTopDocs().ScoreDocs;
    }

    /// <summary>Every document in scope that the query matches, into the collector (as <c>IndexSearcher.Search</c> does).</summary>
    public void Search(IndexSearcher searcher, Query query, ICollector collector, DocumentKind kind, int hubId, Term? also = null)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var filter = For(kind, hubId, also);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // The filter's set, less the segment's deleted documents.
            if (filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.Bits is not { } inScope)
            {
                continue;
            }

            collector.SetNextReader(leaf);
            var inOrder = !collector.AcceptsDocsOutOfOrder || leaf.AtomicReader.MaxDoc < OutOfOrderFrom;
            weight.GetBulkScorer(leaf, inOrder, inScope)?.Score(collector);
        }
    }

    private Filter For(DocumentKind kind, int hubId, Term? also) =>
        filters.GetOrAdd((kind, hubId, also), static scope =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(SearchFields.Kind, scope.Kind.ToString())), Occur.MUST },
                { new TermQuery(new Term(SearchFields.Hub, LuceneDocuments.Text(scope.HubId))), Occur.MUST },
            };
            if (scope.Also is { } also)
            {
                query.Add(new TermQuery(also), Occur.MUST);
            }

            return new CachedBitsFilter(new QueryWrapperFilter(query));
        });

    /// <summary>
    /// Lucene's own cache keeps a compressed set without random access, and <see cref="Search"/>
    /// hands the scorer the set's bits; a plain bit set (one bit per document) has them.
    /// </summary>
    private sealed class CachedBitsFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
