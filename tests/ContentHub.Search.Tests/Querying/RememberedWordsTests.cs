using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;
using ContentHub.Search.Tests.Infrastructure;

namespace ContentHub.Search.Tests.Querying;

/// <summary>
/// Searches remember each segment's words, and near-real-time publishing makes a segment a write,
/// which merges soon fold away: what a merged-away segment remembered must go with it, or a
/// long-running server keeps the words of every segment it ever searched.
/// </summary>
public sealed class RememberedWordsTests : IDisposable
{
    private readonly TempSearchIndex temp = new();
    private readonly SearchIndex index;

    public RememberedWordsTests() => index = temp.Index;

    [Fact]
    public void Words_remembered_for_a_merged_away_segment_are_forgotten()
    {
        var similar = new SimilarCases(index);
        var searched = new HashSet<object>();
        for (var id = 1; id <= 30; id++)
        {
            index.Upsert(Case(id));
            index.Publish(new IndexWatermark(id, 0));
            Assert.NotEmpty(similar.FindCases(Profile, 5));
            index.Search(searcher =>
            {
                searched.UnionWith(searcher.IndexReader.Leaves.Select(leaf => leaf.AtomicReader.CoreCacheKey));
                return 0;
            });
        }

        var live = index.SegmentsSearched;
        Assert.True(searched.Count >= 20, $"expected the searches to see many segments come and go, saw {searched.Count}");
        Assert.InRange(index.TermStatistics.RememberedSegments, 1, live);
    }

    [Fact]
    public void All_segments_together_remember_no_more_words_than_the_bound_and_still_count_right()
    {
        const int bound = 40;
        var statistics = new TermStatistics(bound);
        for (var id = 1; id <= 30; id++)
        {
            index.Upsert(Case(id));
            index.Publish(new IndexWatermark(id, 0));
            // Every segment is asked about every case's tag, absent ones included: 30 segments
            // at most, 31 words each, far more than the bound.
            var words = Enumerable.Range(1, 31).Select(n => $"batch-{n}").ToList();
            var contexts = index.Search(searcher => statistics.Lookup(searcher.IndexReader, SearchFields.Tag, words));
            Assert.All(words.Take(id), word => Assert.Equal(1, contexts[word].DocFreq));
            Assert.All(words.Skip(id), word => Assert.Equal(0, contexts[word].DocFreq));
            Assert.InRange(statistics.RememberedWords, 1, bound);
        }
    }

    public void Dispose() => temp.Dispose();

    private static readonly CaseProfile Profile = new(1, null, "Glass plate negatives", "Scanning glass plate negatives for Commons.", "en", [], [], null, null);

    private static SearchDocument Case(int id) => new(
        DocumentKind.Case, id, 1, "en", $"Batch {id} for Commons",
        // Half the cases share the profile's words: a word in nearly every document tells none apart and is left out.
        id % 2 == 1 ? "Scanning glass plate negatives of a lighthouse archive." : "Transcribing letters of a shipping company.", "Open", ["upload-tooling", $"batch-{id}"],
        new CaseFacts(["upload-tooling"], ["Commons"], "Archive", null, 3, false, null));
}
