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

        var live = index.Search(searcher => searcher.IndexReader.Leaves.Count);
        Assert.True(searched.Count >= 20, $"expected the searches to see many segments come and go, saw {searched.Count}");
        Assert.InRange(index.TermStatistics.RememberedSegments, 1, live);
    }

    public void Dispose() => temp.Dispose();

    private static readonly CaseProfile Profile = new(1, null, "Glass plate negatives", "Scanning glass plate negatives for Commons.", "en", [], [], null, null);

    private static SearchDocument Case(int id) => new(
        DocumentKind.Case, id, 1, "en", $"Batch {id} for Commons",
        // Half the cases share the profile's words: a word in nearly every document tells none apart and is left out.
        id % 2 == 1 ? "Scanning glass plate negatives of a lighthouse archive." : "Transcribing letters of a shipping company.", "Open", ["upload-tooling"],
        new CaseFacts(["upload-tooling"], ["Commons"], "Archive", null, 3, false, null));
}
