using System.Globalization;
using ContentHub.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ContentHub.Search.Indexing;

/// <summary>
/// The one Lucene index of the process: one <see cref="IndexWriter"/> (fed by the background
/// writer only), near-real-time searchers from a <see cref="SearcherManager"/>, BM25 throughout.
/// The commit data records the schema version and how far each source log has been applied, so
/// a missing, corrupt or outdated index is detected on open and rebuilt from the database.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Bump when documents or analysis change: older indexes are then rebuilt on start.</summary>
    public const string SchemaVersion = "4"; // 2: cases carry the experts who resolved them; 3: fingerprints; 4: only what searches read back is stored

    private const string SchemaKey = "schema";
    private const string CaseSequenceKey = "caseSequence";
    private const string ArticleSequenceKey = "articleSequence";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly TimedMergeScheduler merges = new();
    private readonly TimedWork publishes = new();
    private readonly TimedWork commits = new();
    private bool rebuildUnderway;

    public SearchIndex(string folder, ILogger<SearchIndex> logger)
    {
        System.IO.Directory.CreateDirectory(folder);
        // Every publish flushes a tiny segment (a dozen files) and merges soon fold a few of them
        // into one: opening, writing and deleting those files was a quarter of the index writer's
        // time at 100k cases. Segments and merges up to 4 MB stay in memory until the next commit
        // (every few seconds) writes them out, as Lucene advises for frequent reopens of few writes.
        // 8 MB in all bounds what the cache adds to memory; beyond it new files go to disk.
        directory = new NRTCachingDirectory(new MappedDirectory(folder), maxMergeSizeMB: 4, maxCachedMB: 8);
        Analyzer = LanguageFields.CreateAnalyzer();
        (NeedsRebuild, Watermark) = Inspect(directory, logger);
        writer = new IndexWriter(directory, new IndexWriterConfig(LanguageFields.Version, Analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = NeedsRebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            // Fewer, larger segments than Lucene's default (10 a tier), and the small ones publishing
            // leaves merged as soon as there are a few: searches pay per segment, and a helpdesk
            // writes little, so merging more often costs nothing anyone feels.
            // No compound files: every write batch is flushed as a small segment, and packing its
            // files into one (.cfs) copied each of them once more, for fewer open files we do not need.
            // A floor of 100 KB, not Lucene's 2 MB: below the floor all segments count as equal, so
            // each merge of the smallest four took in the one merged before, rewriting every
            // document written since the last rebuild again and again (36 → 56–79 ms a merge as a
            // 100k load test went on; 10–18 ms with this floor, one merge every three publishes).
            MergePolicy = new FewSegmentsMergePolicy { SegmentsPerTier = 4, MaxMergeAtOnce = 4, NoCFSRatio = 0, FloorSegmentMB = 0.1 },
            UseCompoundFile = false,
            MergeScheduler = merges,
        });
        searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public Analyzer Analyzer { get; }

    /// <summary>What searches have counted of this index's words, for choosing a text's telling words.</summary>
    internal Querying.DocumentFrequencies DocumentFrequencies { get; } = new();

    /// <summary>What searches have looked up of this index's words, segment by segment.</summary>
    internal Querying.TermStatistics TermStatistics { get; } = new();

    /// <summary>True until a rebuild from the database has been committed.</summary>
    public bool NeedsRebuild { get; private set; }

    public IndexWatermark Watermark { get; private set; }

    /// <summary>
    /// Adds or replaces a document, unless the index already holds it exactly as it is; true when it
    /// wrote. Most log entries (comments, assignments, scores) change nothing a document is built
    /// from, and every write costs a flush and a reopen of the searchers, and later a merge: about
    /// 25 ms of CPU and 7 MB of allocation a comment at 100k cases before this check.
    /// </summary>
    public bool Upsert(SearchDocument document)
    {
        var uid = new Term(SearchFields.Uid, document.Uid);
        var fingerprint = LuceneDocuments.Fingerprint(document);
        // The published searcher covers every earlier batch, since each is published before the
        // next; during a rebuild it still shows the index being replaced, so it cannot be asked.
        if (!rebuildUnderway && Search(searcher => FingerprintOf(searcher, uid)) == fingerprint)
        {
            return false;
        }

        writer.UpdateDocument(uid, LuceneDocuments.From(document, fingerprint));
        return true;
    }

    public void Delete(DocumentKind kind, int id) => writer.DeleteDocuments(new Term(SearchFields.Uid, SearchDocument.UidOf(kind, id)));

    /// <summary>Starts a rebuild: until <see cref="CommitRebuild"/>, nothing of it is ever committed.</summary>
    public void DeleteAll()
    {
        writer.DeleteAll();
        rebuildUnderway = true;
    }

    /// <summary>
    /// Ends a rebuild: merges the index into one segment, then commits. A search pays per segment —
    /// term lookups, scorers, their buffers — so this halves similar-case latency at 100k cases
    /// (p50 5.5 → 3.1 ms in the benchmark) for about eight seconds more of rebuilding.
    /// </summary>
    public void CommitRebuild(IndexWatermark watermark)
    {
        writer.ForceMerge(1);
        Commit(watermark);
        rebuildUnderway = false;
    }

    /// <summary>Makes the changes so far durable and searchable, and records how far the logs were read.</summary>
    public void Commit(IndexWatermark watermark)
    {
        Publish(watermark);
        writer.Commit();
        NeedsRebuild = false;
    }

    /// <summary>
    /// Makes the changes so far searchable, from the writer's memory, without waiting for the disk.
    /// They become durable with the next <see cref="CommitPublished"/> (or when the writer closes);
    /// after a crash the logs are read again from the last durable watermark, which is safe because
    /// applying an entry twice gives the same documents. When no document changed since the last
    /// publish, only the watermark moves: there is nothing to reopen.
    /// </summary>
    public void Publish(IndexWatermark watermark)
    {
        PublishMerges();

        // Only now, with every document up to the watermark flushed by the reopen, may the commit
        // data name it: a commit runs on another thread and takes whatever commit data is set when
        // it has flushed. So a commit can only name a watermark older than what it holds, which
        // the next start reads again from (applying a log entry twice gives the same documents).
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [CaseSequenceKey] = watermark.CaseSequence.ToString(CultureInfo.InvariantCulture),
            [ArticleSequenceKey] = watermark.ArticleSequence.ToString(CultureInfo.InvariantCulture),
        });
        Watermark = watermark;
    }

    /// <summary>
    /// Reopens the searchers when the segments changed since they were opened (merges finish in the
    /// background), or when documents were written; the watermark stays. Setting the watermark
    /// counts as a change to commit, so a quiet index calls this, not <see cref="Publish"/>, or it
    /// would sync the disk every few seconds for nothing.
    /// </summary>
    public void PublishMerges()
    {
        // The writer knows whether anything changed since the current searchers were opened.
        if (!searchers.IsSearcherCurrent())
        {
            publishes.Time(searchers.MaybeRefreshBlocking);
        }
    }

    /// <summary>Makes everything published so far durable; nothing to do when it already is.</summary>
    public void CommitPublished()
    {
        if (!rebuildUnderway && writer.HasUncommittedChanges())
        {
            commits.Time(writer.Commit);
        }
    }

    /// <summary>How many segments a search reads now: each publish adds one until merges fold them together.</summary>
    public int SegmentsSearched => Search(searcher => searcher.IndexReader.Leaves.Count);

    /// <summary>Publishes, merges and commits since start, with their time.</summary>
    public IndexActivity Activity => new(publishes.Count, publishes.Milliseconds, merges.Merges.Count, merges.Merges.Milliseconds, commits.Count, commits.Milliseconds);

    /// <summary>Runs a search on a current searcher, released afterwards whatever happens.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        if (rebuildUnderway)
        {
            // Closing commits what the writer holds: half a rebuild under the old watermark would
            // pass for a whole index on the next start. Dropped, the next start goes on from the
            // last good commit, or rebuilds when there is none.
            writer.Rollback();
        }
        else
        {
            writer.Dispose();
        }

        directory.Dispose();
    }

    /// <summary>The fingerprint of the live document with this uid, or null when there is none.</summary>
    private static long? FingerprintOf(IndexSearcher searcher, Term uid)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var docs = reader.GetTermDocsEnum(uid);
            if (docs is not null && docs.NextDoc() is var doc and not DocIdSetIterator.NO_MORE_DOCS)
            {
                return reader.GetNumericDocValues(SearchFields.Fingerprint)?.Get(doc);
            }
        }

        return null;
    }

    private static (bool NeedsRebuild, IndexWatermark Watermark) Inspect(LuceneDirectory directory, ILogger logger)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                logger.LogInformation("No search index yet; it will be built from the database");
                return (true, default);
            }

            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion)
            {
                logger.LogInformation("Search index schema {Found} is not {Current}; it will be rebuilt", schema ?? "(none)", SchemaVersion);
                return (true, default);
            }

            return (false, new IndexWatermark(long.Parse(data[CaseSequenceKey], CultureInfo.InvariantCulture), long.Parse(data[ArticleSequenceKey], CultureInfo.InvariantCulture)));
        }
        catch (Exception error) when (error is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or KeyNotFoundException or FormatException)
        {
            logger.LogWarning(error, "The search index cannot be read; it will be rebuilt from the database");
            return (true, default);
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new StatisticsSearcher(reader);
    }
}
