using System.Collections.Concurrent;
using ContentHub.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// The documents a search may return — one kind, one hub, optionally one more term (a status) — as cached bit
/// sets. A cached filter is computed once per index segment rather than per query, and because a
/// bit set offers random access, Lucene applies it while scoring instead of leap-frogging two
/// iterators, which keeps a pure-disjunction text query on its fast out-of-order scorer.
/// </summary>
internal sealed class ScopeFilters
{
    private readonly ConcurrentDictionary<(DocumentKind Kind, int HubId, Term? Also), Filter> filters = new();

    public Filter For(DocumentKind kind, int hubId, Term? also = null) =>
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
    /// Lucene's own cache keeps a compressed set without random access, which would push the
    /// search back onto the slower in-order path; a plain bit set (one bit per document) keeps it.
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
