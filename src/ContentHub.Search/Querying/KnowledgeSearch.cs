using ContentHub.Search.Analysis;
using ContentHub.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

public sealed record KnowledgeQuery(int HubId, string Text, string? Language, IReadOnlyList<string> Tags, string Status, int Offset, int Limit);

public sealed record KnowledgeHit(int ArticleId, float Score, IReadOnlyList<Snippet> Snippets);

public sealed record KnowledgeResults(IReadOnlyList<KnowledgeHit> Hits, int Total, IReadOnlyList<(string Tag, int Count)> TagCounts, bool ReadAsPlainWords);

/// <summary>
/// Full-text search of the knowledge base. Users may type Lucene syntax (phrases, +must, -not,
/// wildcards); a query that does not parse is searched as plain words instead of failing. The
/// requester's language is preferred, not required: an answer in English beats no answer.
/// </summary>
public sealed class KnowledgeSearch(SearchIndex index)
{
    private const int MaxExpandingTerms = 8;
    private const int MaxPlainWords = 64;

    private readonly ScopeFilters scopes = new();

    public KnowledgeResults Search(KnowledgeQuery request) => index.Search(searcher =>
    {
        var (parsed, plain) = ParseText(request);
        var text = index.TermStatistics.WithStatistics(searcher.IndexReader, parsed);
        var query = new BooleanQuery { { text, Occur.MUST } };
        if (request.Language is { Length: > 0 } language)
        {
            query.Add(new TermQuery(new Term(SearchFields.Language, language)) { Boost = 0.5f }, Occur.SHOULD);
        }

        Query matching = query;
        if (request.Tags.Count > 0)
        {
            var everyTag = new BooleanQuery();
            foreach (var tag in request.Tags)
            {
                everyTag.Add(new TermQuery(new Term(SearchFields.Tag, tag)), Occur.MUST);
            }

            matching = new FilteredQuery(query, new QueryWrapperFilter(everyTag));
        }

        var top = TopScoreDocCollector.Create(Math.Max(1, request.Offset + request.Limit), true);
        var tags = new TagCountCollector(SearchFields.Tag);
        scopes.Search(searcher, matching, MultiCollector.Wrap(top, tags), DocumentKind.Article, request.HubId, new Term(SearchFields.Status, request.Status));

        var terms = QueryTerms(searcher, text);
        var hits = top.GetTopDocs(request.Offset, request.Limit).ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            var field = LanguageFields.Body(LanguageFields.SuffixFor(document.Get(SearchFields.Language)));
            var snippets = Snippets.Build(index.Analyzer, field, document.Get(SearchFields.StoredBody), terms);
            return new KnowledgeHit(int.Parse(document.Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture), hit.Score, snippets);
        }).ToList();
        var tagCounts = tags.Counts.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)).ToList();
        return new KnowledgeResults(hits, top.TotalHits, tagCounts, plain);
    });

    private (Query Query, bool Plain) ParseText(KnowledgeQuery request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return (new MatchAllDocsQuery(), false); // browsing by tag and status
        }

        var suffixes = request.Language is { Length: > 0 } language
            ? [LanguageFields.SuffixFor(language), LanguageFields.Neutral]
            : LanguageFields.AllSuffixes.ToArray();
        var fields = suffixes.SelectMany(s => new[] { (Name: LanguageFields.Title(s), Boost: 2f), (Name: LanguageFields.Body(s), Boost: 1f) }).ToArray();
        var parser = new MultiFieldQueryParser(LanguageFields.Version, fields.Select(f => f.Name).ToArray(), index.Analyzer, fields.ToDictionary(f => f.Name, f => f.Boost))
        {
            DefaultOperator = Operator.OR,
        };
        try
        {
            var parsed = parser.Parse(request.Text);
            if (CountExpanding(parsed) <= MaxExpandingTerms)
            {
                return (parsed, false);
            }
        }
        catch (Exception error) when (error is ParseException or BooleanQuery.TooManyClausesException)
        {
            // Not valid syntax (an unbalanced quote, a lone "AND"): searched below as the words typed.
        }

        return (PlainWords(request.Text, fields), true);
    }

    /// <summary>
    /// The words as typed, each looked for in every field, analysed as the field is: no parser, so
    /// nothing in the text can be an operator.
    /// </summary>
    private BooleanQuery PlainWords(string text, IEnumerable<(string Name, float Boost)> fields)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in fields)
        {
            foreach (var term in AnalyzedTerms.Frequencies(index.Analyzer, field, text).Keys.Take(MaxPlainWords))
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>Fuzzy, wildcard and prefix terms expand to many terms each; a query may hold only a few.</summary>
    private static int CountExpanding(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(clause => CountExpanding(clause.Query)),
        MultiTermQuery => 1,
        _ => 0,
    };

    /// <summary>The analysed terms the query looks for, to mark in snippets.</summary>
    private static HashSet<string> QueryTerms(IndexSearcher searcher, Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Some rewritten queries (e.g. large wildcard expansions) cannot list terms; snippets then show the start.
        }

        return terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }
}
