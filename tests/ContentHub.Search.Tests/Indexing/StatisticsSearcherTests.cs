using ContentHub.Search.Indexing;
using ContentHub.Search.Tests.Infrastructure;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ContentHub.Search.Tests.Indexing;

/// <summary>
/// The searcher that remembers each field's collection statistics gives exactly Lucene's own, over
/// several segments, asked once or many times, and a reopened searcher sees the index as it is then.
/// </summary>
public sealed class StatisticsSearcherTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;

    public StatisticsSearcherTests()
    {
        directory = FSDirectory.Open(folder.Path);
        writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
    }

    [Fact]
    public void Statistics_equal_lucenes_over_several_segments_and_after_a_reopen()
    {
        Add("glass plate negatives of a lighthouse", "maps");
        writer.Commit(); // a segment of its own
        Add("lantern slides and glass plates from a museum archive", null);
        Add("scanned maps", "maps of the harbour town");

        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
        {
            Assert.True(reader.Leaves.Count > 1);
            AssertSameStatistics(reader);
        }

        Add("a third batch of plates", "old maps");
        using var reopened = DirectoryReader.Open(writer, applyAllDeletes: true);
        AssertSameStatistics(reopened);
        Assert.Equal(4, new StatisticsSearcher(reopened).CollectionStatistics("body").DocCount);
    }

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
        folder.Dispose();
    }

    private static void AssertSameStatistics(IndexReader reader)
    {
        var lucene = new IndexSearcher(reader);
        var ours = new StatisticsSearcher(reader);
        foreach (var field in new[] { "body", "title", "absent" })
        {
            for (var asked = 0; asked < 2; asked++)
            {
                var expected = lucene.CollectionStatistics(field);
                var actual = ours.CollectionStatistics(field);
                Assert.Equal(
                    (expected.Field, expected.MaxDoc, expected.DocCount, expected.SumTotalTermFreq, expected.SumDocFreq),
                    (actual.Field, actual.MaxDoc, actual.DocCount, actual.SumTotalTermFreq, actual.SumDocFreq));
            }
        }
    }

    private void Add(string body, string? title)
    {
        var document = new Document { new TextField("body", body, Field.Store.NO) };
        if (title is not null)
        {
            document.Add(new TextField("title", title, Field.Store.NO));
        }

        writer.AddDocument(document);
    }
}
