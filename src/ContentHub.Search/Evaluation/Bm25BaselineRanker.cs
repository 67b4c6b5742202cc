using System.Text.RegularExpressions;
using ContentHub.Search.Querying;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ContentHub.Search.Evaluation;

/// <summary>
/// The yardstick: plain BM25 as anyone would set it up. One in-memory index with a single
/// <c>text</c> field (title, newline, body) under <see cref="StandardAnalyzer"/>, and the query's
/// title and body, escaped, through the classic <see cref="QueryParser"/> with OR between words.
/// </summary>
/// <remarks>
/// Two things the parser would otherwise get wrong on free text. Escaping leaves the operator
/// words AND, OR and NOT in capitals, which would make neighbours required or forbidden (or fail
/// to parse at the end of a text); they are lower-cased, which the analyser does anyway, so they
/// become the stop words they are. And the parser makes one clause per word, so a long query can
/// exceed <see cref="BooleanQuery.MaxClauseCount"/> (1024): the limit is raised, process-wide and
/// never lowered, to the query's token count, so every word counts and nothing is cut.
/// </remarks>
public sealed partial class Bm25BaselineRanker : IQueryRanker
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const string IdField = "id";

    private readonly RAMDirectory directory = new();
    private readonly StandardAnalyzer analyzer = new(Version);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly QueryParser parser;

    public Bm25BaselineRanker(IEnumerable<BeirText> corpus)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var document in corpus)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, document.Id, Field.Store.YES),
                    new TextField(TextField, document.Title + "\n" + document.Text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        parser = new QueryParser(Version, TextField, analyzer) { DefaultOperator = Operator.OR };
    }

    public IReadOnlyList<string> Rank(BeirText query, int depth)
    {
        var text = query.Title + "\n" + query.Text;
        var tokens = AnalyzedTerms.Of(analyzer, TextField, text).Count();
        if (tokens == 0)
        {
            return []; // nothing left to search for, and the parser rejects an empty query
        }

        BooleanQuery.MaxClauseCount = Math.Max(BooleanQuery.MaxClauseCount, tokens);
        var parsed = parser.Parse(OperatorWord().Replace(QueryParserBase.Escape(text), word => word.Value.ToLowerInvariant()));
        return searcher.Search(parsed, depth).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IdField)).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    [GeneratedRegex(@"\b(AND|OR|NOT)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OperatorWord();
}
