using ContentHub.Search.Benchmarks;
using ContentHub.Search.Indexing;
using ContentHub.Search.Tests.Infrastructure;

namespace ContentHub.Search.Tests.Indexing;

/// <summary>
/// Every publish of near-real-time writes adds a segment, and a search pays for each segment:
/// however many writes were published one by one, the index goes back to its large segments and a
/// few small ones.
/// </summary>
public sealed class SegmentCountTests : IDisposable
{
    private readonly TempSearchIndex temp = new();

    [Fact]
    public async Task Segments_of_many_small_publishes_are_merged_into_few()
    {
        var index = temp.Index;
        // A rebuilt index large enough (a few MB) that Lucene's tiered policy alone would let
        // about ten segments stand.
        var corpus = new SyntheticCorpus(seed: 7);
        index.DeleteAll();
        foreach (var document in corpus.Cases(4_000))
        {
            index.Upsert(document);
        }

        index.CommitRebuild(new IndexWatermark(4_000, 0));
        var written = corpus.Cases(4_030).Skip(4_000).Select(document => document with { Id = document.Id + 10_000 }).ToList();
        for (var publish = 0; publish < written.Count; publish++)
        {
            index.Upsert(written[publish]);
            index.Publish(new IndexWatermark(4_001 + publish, 0));
        }

        // Merges run in the background; a publish with nothing new shows what they have made.
        var segments = await SegmentsOnceMergedAsync(index);

        // Thirty cases make less than 64 KB: all their segments are of the smallest class.
        Assert.InRange(segments, 1, 1 + FewSegmentsMergePolicy.MaxSegmentsPerClass);
        Assert.Equal(4_030, index.Search(searcher => searcher.IndexReader.NumDocs));
    }

    [Fact]
    public void Showing_a_quiet_index_its_merges_leaves_nothing_to_commit()
    {
        var index = temp.Index;
        // One segment, so no merge finishes in between (a merge is a change to commit).
        index.Upsert(new SyntheticCorpus(seed: 7).Cases(1).Single());
        index.Publish(new IndexWatermark(1, 0));
        index.CommitPublished();
        var committed = index.Activity.Commits;

        // What the indexer does after every quiet poll interval: a commit syncs the disk.
        index.PublishMerges();
        index.CommitPublished();

        Assert.Equal(committed, index.Activity.Commits);
    }

    private static async Task<int> SegmentsOnceMergedAsync(SearchIndex index)
    {
        var segments = int.MaxValue;
        for (var attempt = 0; attempt < 50 && segments > 1 + FewSegmentsMergePolicy.MaxSegmentsPerClass; attempt++)
        {
            await Task.Delay(100);
            index.Publish(index.Watermark);
            segments = index.SegmentsSearched;
        }

        return segments;
    }

    public void Dispose() => temp.Dispose();
}
