using System.Globalization;
using ContentHub.Search.Analysis;
using ContentHub.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

/// <summary>What a request is about: a stored case, or a draft the requester is still typing.</summary>
public sealed record CaseProfile(
    int HubId,
    int? ExcludeCaseId,
    string Title,
    string Description,
    string Language,
    IReadOnlyList<string> HelpTypes,
    IReadOnlyList<string> Platforms,
    string? PartnerType,
    int? CampaignId);

public sealed record SimilarHit(int Id, float Score, string Reason);

/// <summary>
/// Past cases and knowledge articles like a request. Text decides what matches: the request's most
/// telling words, in its own language's analysis and in the neutral one (titles count double).
/// Structured signals then order the matches: shared help types, platforms, partner type and
/// campaign, and resolved cases first, since those carry an answer. The same code serves the API,
/// drafts and the evaluation.
/// </summary>
public sealed class SimilarCases(SearchIndex index)
{
    // As many words as Lucene's own MoreLikeThis takes by default.
    private const int MaxTextTerms = 25;

    public IReadOnlyList<SimilarHit> FindCases(CaseProfile profile, int first) => index.Search(searcher =>
    {
        var text = TextQuery(searcher, profile);
        var query = new BooleanQuery { { text, Occur.MUST } };
        AddSignals(query, SearchFields.HelpType, profile.HelpTypes, 1.5f);
        AddSignals(query, SearchFields.Platform, profile.Platforms, 0.5f);
        AddSignals(query, SearchFields.PartnerType, profile.PartnerType is null ? [] : [profile.PartnerType], 0.5f);
        AddSignals(query, SearchFields.Campaign, profile.CampaignId is { } c ? [LuceneDocuments.Text(c)] : [], 1.5f);
        query.Add(new TermQuery(new Term(SearchFields.Resolved, "true")) { Boost = 1f }, Occur.SHOULD);

        var filter = ScopeFilter(profile.HubId, DocumentKind.Case);
        if (profile.ExcludeCaseId is { } self)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Uid, SearchDocument.UidOf(DocumentKind.Case, self))), Occur.MUST_NOT);
        }

        return Hits(searcher, new FilteredQuery(query, new QueryWrapperFilter(filter)), text, first, document => ReasonFor(document, profile));
    });

    public IReadOnlyList<SimilarHit> FindArticles(CaseProfile profile, int first) => index.Search(searcher =>
    {
        var text = TextQuery(searcher, profile);
        var query = new BooleanQuery
        {
            { text, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Language, profile.Language)) { Boost = 1f }, Occur.SHOULD },
        };
        var filter = ScopeFilter(profile.HubId, DocumentKind.Article);
        filter.Add(new TermQuery(new Term(SearchFields.Status, "Published")), Occur.MUST);
        return Hits(searcher, new FilteredQuery(query, new QueryWrapperFilter(filter)), text, first, _ => "");
    });

    private Query TextQuery(IndexSearcher searcher, CaseProfile profile)
    {
        var suffix = LanguageFields.SuffixFor(profile.Language);
        var neutral = LanguageFields.Neutral;
        return CharacteristicTerms.Build(searcher, index.Analyzer, profile.Title + "\n" + profile.Description,
        [
            new(LanguageFields.Body(suffix), [(LanguageFields.Title(suffix), 1f), (LanguageFields.Body(suffix), 1f)], MaxTextTerms),
            new(LanguageFields.Body(neutral), [(LanguageFields.Body(neutral), 0.5f)], MaxTextTerms / 2),
        ]);
    }

    private IReadOnlyList<SimilarHit> Hits(IndexSearcher searcher, Query query, Query text, int first, Func<Document, string> reason)
    {
        var terms = new HashSet<Term>();
        text.ExtractTerms(terms);
        var words = terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        return searcher.Search(query, first).ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            var shared = SharedWords(document, words);
            var because = string.Join("; ", new[] { reason(document), shared.Count == 0 ? "" : "shares " + string.Join(", ", shared) }.Where(p => p.Length > 0));
            return new SimilarHit(int.Parse(document.Get(SearchFields.Id), CultureInfo.InvariantCulture), hit.Score, because);
        }).ToList();
    }

    /// <summary>Up to five words of the hit (as written there) that the request's query looked for.</summary>
    private List<string> SharedWords(Document document, ISet<string> queryTerms)
    {
        var field = LanguageFields.Body(LanguageFields.SuffixFor(document.Get(SearchFields.Language)));
        var text = document.Get(SearchFields.StoredTitle) + "\n" + document.Get(SearchFields.StoredBody);
        return AnalyzedTerms.Of(index.Analyzer, field, text)
            .Where(t => queryTerms.Contains(t.Term))
            .GroupBy(t => t.Term)
            .OrderByDescending(g => g.Count())
            .Select(g => text[g.First().Start..g.First().End].ToLowerInvariant())
            .Distinct()
            .Take(5)
            .ToList();
    }

    private static string ReasonFor(Document document, CaseProfile profile)
    {
        var parts = new List<string>();
        var helpTypes = document.GetValues(SearchFields.HelpType).Intersect(profile.HelpTypes).ToList();
        if (helpTypes.Count > 0)
        {
            parts.Add("same help: " + string.Join(", ", helpTypes.Select(h => h.Replace('-', ' '))));
        }

        if (profile.CampaignId is { } campaign && document.Get(SearchFields.Campaign) == LuceneDocuments.Text(campaign))
        {
            parts.Add("same campaign");
        }

        if (profile.PartnerType is { } partnerType && document.Get(SearchFields.PartnerType) == partnerType)
        {
            parts.Add("same kind of partner");
        }

        if (document.Get(SearchFields.Resolved) == "true")
        {
            parts.Add("resolved");
        }

        return string.Join("; ", parts);
    }

    private static void AddSignals(BooleanQuery query, string field, IEnumerable<string> values, float boost)
    {
        foreach (var value in values)
        {
            query.Add(new TermQuery(new Term(field, value)) { Boost = boost }, Occur.SHOULD);
        }
    }

    private static BooleanQuery ScopeFilter(int hubId, DocumentKind kind) => new()
    {
        { new TermQuery(new Term(SearchFields.Kind, kind.ToString())), Occur.MUST },
        { new TermQuery(new Term(SearchFields.Hub, LuceneDocuments.Text(hubId))), Occur.MUST },
    };
}
