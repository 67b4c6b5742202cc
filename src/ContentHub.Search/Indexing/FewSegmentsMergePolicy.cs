using Lucene.Net.Index;

namespace ContentHub.Search.Indexing;

/// <summary>
/// Lucene's tiered merge policy, and one rule more for small segments: in each size class below
/// 1 MB (under 64 KB, under 1 MB), more than <see cref="MaxSegmentsPerClass"/> segments are merged
/// into one.
/// </summary>
/// <remarks>
/// Every publish flushes the documents written since the last one as a segment of its own, a
/// handful of documents. The tiered policy lets segments pile up to a budget it works out from the
/// whole index's size (about eighteen at 100k cases, one of them the rebuild's), and a search pays
/// for each: a term lookup and a postings reader per word and segment. In the search benchmark at
/// 100k cases (<c>bench search --publishes 60</c>: a rebuilt index, then sixty publishes of five
/// cases) the tiered policy alone left 19 segments, and a similar-cases call allocated 2.1 MB
/// against 0.7 with one segment; with this policy 7 segments and 1.2 MB. In the load test at a
/// fixed 125 calls/s the server's CPU fell from 7.2–7.8 to 6.0–6.9 ms a call (four A/B pairs).
/// Two classes, not one: merging every small segment into one whenever a few had come rewrote
/// that one (up to 1 MB) every third publish, 50–55 ms a merge in the load test instead of 8, which
/// ate the gain. Now the tiny ones grow to 64 KB among themselves and only those meet in the
/// second class, sixteen times less often; a segment of 1 MB and more is the tiered policy's.
/// </remarks>
internal sealed class FewSegmentsMergePolicy : TieredMergePolicy
{
    public const int MaxSegmentsPerClass = 3;

    /// <summary>Upper bounds of the size classes, smallest first: about 80 and 1,300 cases' documents.</summary>
    private static readonly long[] ClassBounds = [64 * 1024, 1024 * 1024];

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos)
    {
        if (base.FindMerges(mergeTrigger, infos) is { } tiered)
        {
            return tiered;
        }

        var merging = m_writer.Get().MergingSegments;
        var idle = infos.Segments.Where(segment => !merging.Contains(segment)).Select(segment => (Segment: segment, Bytes: Size(segment))).ToList();
        MergeSpecification? merges = null;
        var from = 0L;
        foreach (var bound in ClassBounds)
        {
            var inClass = idle.Where(s => s.Bytes >= from && s.Bytes < bound).Select(s => s.Segment).ToList();
            if (inClass.Count > MaxSegmentsPerClass)
            {
                merges ??= new MergeSpecification();
                merges.Add(new OneMerge(inClass.Take(MaxMergeAtOnceExplicit).ToList()));
            }

            from = bound;
        }

        return merges;
    }
}
