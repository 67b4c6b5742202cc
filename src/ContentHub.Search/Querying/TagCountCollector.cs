using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// Counts the tags of every matching document from doc values: facets without the Facet package.
/// Hits count ordinals per segment in an array; ordinals become strings once per segment, not per hit.
/// </summary>
public sealed class TagCountCollector(string field) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;
    private int[] segmentCounts = [];

    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            FlushSegment();
            return counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        values = context.AtomicReader.GetSortedSetDocValues(field);
        segmentCounts = values is null ? [] : new int[values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        for (var ordinal = values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = values.NextOrd())
        {
            segmentCounts[ordinal]++;
        }
    }

    private void FlushSegment()
    {
        if (values is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ordinal = 0; ordinal < segmentCounts.Length; ordinal++)
        {
            if (segmentCounts[ordinal] > 0)
            {
                values.LookupOrd(ordinal, term);
                var tag = term.Utf8ToString();
                counts[tag] = counts.GetValueOrDefault(tag) + segmentCounts[ordinal];
            }
        }

        values = null;
        segmentCounts = [];
    }
}
