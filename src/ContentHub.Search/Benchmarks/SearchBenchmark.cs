using System.Diagnostics;
using ContentHub.Search.Analysis;
using ContentHub.Search.Indexing;
using ContentHub.Search.Matching;
using ContentHub.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentHub.Search.Benchmarks;

/// <summary>
/// Builds a fresh index of a synthetic corpus in a temp folder, then times each search operation
/// single-threaded against a plain BM25 query of the same words on the same index, so the
/// figures can be read as ratios on a noisy machine. Bytes allocated per call are reported too:
/// unlike time they do not depend on the machine's load.
/// </summary>
public static class SearchBenchmark
{
    public const string SearchBaseline = "baseline: BM25 of the search words";
    public const string DraftBaseline = "baseline: BM25 of the draft words";
    public const string KnowledgeSearchName = "KnowledgeSearch.Search";
    public const string FindCasesName = "SimilarCases.FindCases(10)";
    public const string MatchExpertsName = "ExpertMatcher.Match(10)";

    /// <summary>Cases written in each publish after the rebuild (<c>--publishes</c>).</summary>
    public const int CasesPerPublish = 5;

    public static SizeResult Run(int cases, int articles, int queries, int publishes, int seed, TextWriter progress)
    {
        var warmup = Math.Min(queries, 200);
        var workload = new SyntheticCorpus(seed + 1); // the same drafts and queries at every size
        var drafts = workload.Drafts(warmup + queries);
        var searches = workload.Queries(warmup + queries);
        var folder = Path.Combine(Path.GetTempPath(), "contenthub-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
            progress.WriteLine($"Indexing {cases:N0} cases and {articles:N0} articles…");
            var rebuild = Rebuild(index, cases, articles, seed);
            var indexBytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            var segments = PublishNewCases(index, cases, articles, publishes, seed);

            var knowledge = new KnowledgeSearch(index);
            var similar = new SimilarCases(index);
            var matcher = new ExpertMatcher(index);
            var matchRequests = drafts.Select(workload.MatchRequest).ToList();
            var experts = workload.Experts();
            var operations = new Operation[]
            {
                new(SearchBaseline, null, i => Plain(index, searches[i].Text, searches[i].Language)),
                new(KnowledgeSearchName, SearchBaseline, i => knowledge.Search(searches[i]).Hits.Count, 5),
                new(DraftBaseline, null, i => Plain(index, drafts[i].Title + "\n" + drafts[i].Description, drafts[i].Language)),
                new(FindCasesName, DraftBaseline, i => similar.FindCases(drafts[i], 10).Count, 5),
                new(MatchExpertsName, DraftBaseline, i => matcher.Match(matchRequests[i], experts, 10).Count, 10),
            };
            progress.WriteLine($"Warming up ({warmup} of each), then timing {queries} of each…");
            foreach (var operation in operations)
            {
                for (var i = 0; i < warmup; i++)
                {
                    operation.Run(i);
                }
            }

            Collect();
            var (pausedBefore, started) = (GC.GetTotalPauseDuration(), Stopwatch.GetTimestamp());
            // Each operation runs away from its baseline on the same input, whose postings would
            // otherwise still be in the CPU cache: search baseline, FindCases, search, matching, draft baseline.
            var latencies = Time(operations, [0, 3, 1, 4, 2], warmup, queries);
            var (timed, paused) = (Stopwatch.GetElapsedTime(started), GC.GetTotalPauseDuration() - pausedBefore);
            using var process = Process.GetCurrentProcess();
            return new SizeResult(cases, articles, queries, publishes, segments, seed, rebuild, indexBytes, process.PeakWorkingSet64, timed, paused, latencies);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What a rebuild does without the database: replace everything, merge, then commit.</summary>
    private static TimeSpan Rebuild(SearchIndex index, int cases, int articles, int seed)
    {
        // Generated up front so the clock sees indexing only (the corpus then counts in the peak working set).
        var corpus = new SyntheticCorpus(seed);
        var documents = corpus.Cases(cases).Concat(corpus.Articles(articles)).ToList();
        Collect();
        var started = Stopwatch.GetTimestamp();
        index.DeleteAll();
        foreach (var document in documents)
        {
            index.Upsert(document);
        }

        index.CommitRebuild(new IndexWatermark(cases, articles));
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// What a live server's index looks like: each publish of near-real-time writes leaves a
    /// segment until merges fold it away, and a search pays per segment. Returns how many segments
    /// the searches will see.
    /// </summary>
    private static int PublishNewCases(SearchIndex index, int cases, int articles, int publishes, int seed)
    {
        var published = 0;
        foreach (var batch in new SyntheticCorpus(seed + 2).Cases(publishes * CasesPerPublish).Chunk(CasesPerPublish))
        {
            foreach (var document in batch)
            {
                index.Upsert(document with { Id = cases + document.Id });
            }

            index.Publish(new IndexWatermark(cases + ++published, articles));
        }

        return index.SegmentsSearched;
    }

    /// <summary>The baseline: the words analysed for one field, OR-ed, top ten, no filter, no stored fields.</summary>
    private static int Plain(SearchIndex index, string text, string? language) => index.Search(searcher =>
    {
        var field = LanguageFields.Body(LanguageFields.SuffixFor(language));
        var terms = AnalyzedTerms.Of(index.Analyzer, field, text).Select(t => t.Term).Distinct().ToList();
        Query query = terms.Count == 1 ? new TermQuery(new Term(field, terms[0])) : new BooleanQuery();
        if (query is BooleanQuery any)
        {
            terms.ForEach(t => any.Add(new TermQuery(new Term(field, t)), Occur.SHOULD));
        }

        return searcher.Search(query, 10).ScoreDocs.Length;
    });

    /// <summary>Runs the i-th input of every operation in turn, so load from other processes falls on all of them alike.</summary>
    private static List<OperationLatency> Time(Operation[] operations, int[] order, int offset, int count)
    {
        var milliseconds = operations.Select(_ => new double[count]).ToArray();
        var hits = new long[operations.Length];
        var allocated = new long[operations.Length];
        for (var i = 0; i < count; i++)
        {
            foreach (var k in order)
            {
                var (bytes, started) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
                hits[k] += operations[k].Run(offset + i);
                milliseconds[k][i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                allocated[k] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }

        return operations.Select((o, k) =>
        {
            var sorted = milliseconds[k].Order().ToArray();
            return new OperationLatency(
                o.Name, o.Baseline, Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.99), sorted.Average(), hits[k] / (double)count, allocated[k] / 1024.0 / count, o.TargetP50Ms);
        }).ToList();
    }

    /// <summary>Nearest rank on sorted values.</summary>

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private sealed record Operation(string Name, string? Baseline, Func<int, int> Run, double TargetP50Ms = 0);
}
