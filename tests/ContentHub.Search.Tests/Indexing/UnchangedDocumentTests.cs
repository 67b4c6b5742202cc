using ContentHub.Search.Indexing;
using ContentHub.Search.Tests.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ContentHub.Search.Tests.Indexing;

/// <summary>
/// Most case events (comments, assignments, scores) change nothing a search document is built from;
/// the index must then not be written, while every real change still is, and a rebuild writes all.
/// </summary>
public sealed class UnchangedDocumentTests : IDisposable
{
    private readonly TempSearchIndex temp = new();
    private readonly SearchIndex index;

    public UnchangedDocumentTests() => index = temp.Index;

    [Fact]
    public void A_document_built_again_unchanged_is_not_written_and_nothing_is_reopened()
    {
        var watermark = new IndexWatermark(1, 0);
        Assert.True(index.Upsert(Case("Glass plate negatives")));
        index.Publish(watermark);
        var before = index.Activity;

        Assert.False(index.Upsert(Case("Glass plate negatives")));
        index.Publish(new IndexWatermark(2, 0));

        Assert.Equal(before.Publishes, index.Activity.Publishes);
        Assert.Equal(2, index.Watermark.CaseSequence);
        Assert.Equal(1, LiveDocuments());
    }

    [Fact]
    public void Any_change_to_what_a_document_is_built_from_is_written()
    {
        index.Upsert(Case("Glass plate negatives"));
        index.Publish(new IndexWatermark(1, 0));

        Assert.True(index.Upsert(Case("Glass plate negatives") with { Status = "Resolved" }));
        Assert.True(index.Upsert(Case("Glass plate negatives", resolvedBy: [7])));
        Assert.True(index.Upsert(Case("Lantern slides")));
        index.Publish(new IndexWatermark(2, 0));

        Assert.Equal(1, LiveDocuments());
        Assert.Equal(1, Hits("lantern"));
        Assert.Equal(0, Hits("glass"));
    }

    [Fact]
    public void A_rebuild_writes_every_document_though_the_old_index_holds_it_unchanged()
    {
        index.Upsert(Case("Glass plate negatives"));
        index.Publish(new IndexWatermark(1, 0));

        index.DeleteAll();
        Assert.True(index.Upsert(Case("Glass plate negatives")));
        index.CommitRebuild(new IndexWatermark(1, 0));

        Assert.Equal(1, LiveDocuments());
        Assert.Equal(1, Hits("glass"));
    }

    public void Dispose() => temp.Dispose();

    private static SearchDocument Case(string title, IReadOnlyList<int>? resolvedBy = null) => new(
        DocumentKind.Case, 17, 1, "en", title, "Scans for Commons with Wikidata items.", "Open", ["upload-tooling"],
        new CaseFacts(["upload-tooling"], ["Commons"], "Archive", null, 3, false, resolvedBy));

    private int LiveDocuments() => index.Search(searcher => searcher.IndexReader.NumDocs);

    private int Hits(string word) => index.Search(searcher => searcher.Search(new TermQuery(new Term("title_all", word)), 10).TotalHits);
}
