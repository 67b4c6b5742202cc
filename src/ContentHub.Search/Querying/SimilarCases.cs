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
/// telling words, in its own language's analysis and in the neutral one. Structured signals then
/// reorder the best text matches: shared help types, platforms, partner type and campaign, and
/// resolved cases first, since those carry an answer. The same code serves the API, drafts and
/// the evaluation.
/// </summary>
public sealed class SimilarCases(SearchIndex index)
{
    // Stored fields a reason reads; the stored texts are left in the index.
    private static readonly ISet<string> ReasonFields = new HashSet<string>
    {
        SearchFields.Id, SearchFields.HelpType, SearchFields.Campaign, SearchFields.PartnerType, SearchFields.Resolved,
    };

    private static readonly Term Published = new(SearchFields.Status, "Published");

    private readonly ScopeFilters scopes = new();

    public IReadOnlyList<SimilarHit> FindCases(CaseProfile profile, int first) => index.Search(searcher =>
    {
        var text = RequestText.Query(searcher, index, profile);
        var signals = new List<Signal>();
        AddSignals(signals, SearchFields.HelpType, profile.HelpTypes, 1.5f);
        AddSignals(signals, SearchFields.Platform, profile.Platforms, 0.5f);
        AddSignals(signals, SearchFields.PartnerType, profile.PartnerType is null ? [] : [profile.PartnerType], 0.5f);
        AddSignals(signals, SearchFields.Campaign, profile.CampaignId is { } c ? [LuceneDocuments.Text(c)] : [], 1.5f);
        AddSignals(signals, SearchFields.Resolved, ["true"], 1f);

        // The case itself is dropped from the candidates rather than filtered out, so that the
        // scope filter stays the same (and cached) for every query of the hub.
        var candidates = scopes.Top(searcher, text.Query, Candidates(first + 1), DocumentKind.Case, profile.HubId);
        var self = profile.ExcludeCaseId is { } id
            ? searcher.Search(new TermQuery(new Term(SearchFields.Uid, SearchDocument.UidOf(DocumentKind.Case, id))), 1).ScoreDocs.FirstOrDefault()?.Doc
            : null;
        var hits = SignalBonus.Rescore(searcher, candidates, signals).Where(hit => hit.Doc != self).Take(first);
        return Hits(searcher, hits, text, document => ReasonFor(document, profile));
    });

    public IReadOnlyList<SimilarHit> FindArticles(CaseProfile profile, int first) => index.Search(searcher =>
    {
        var text = RequestText.Query(searcher, index, profile);
        var candidates = scopes.Top(searcher, text.Query, Candidates(first), DocumentKind.Article, profile.HubId, Published);
        var hits = SignalBonus.Rescore(searcher, candidates, [new Signal(new Term(SearchFields.Language, profile.Language), 1f)]).Take(first);
        return Hits(searcher, hits, text, _ => "");
    });

    /// <summary>
    /// How many text hits the structured signals may reorder: enough that a hit just below the
    /// first page can climb onto it when it shares the request's help types and campaign.
    /// </summary>
    private static int Candidates(int first) => Math.Max(4 * first, 40);

    private static IReadOnlyList<SimilarHit> Hits(IndexSearcher searcher, IEnumerable<ScoreDoc> ranked, CharacteristicQuery text, Func<Document, string> reason)
    {
        var hits = ranked.ToList();
        var shared = SharedWords.Of(searcher, hits, text.Words, most: 5);
        return hits.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc, ReasonFields);
            var words = shared[hit.Doc];
            var because = string.Join("; ", new[] { reason(document), words.Count == 0 ? "" : "shares " + string.Join(", ", words) }.Where(p => p.Length > 0));
            return new SimilarHit(int.Parse(document.Get(SearchFields.Id), CultureInfo.InvariantCulture), hit.Score, because);
        }).ToList();
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

    private static void AddSignals(List<Signal> signals, string field, IEnumerable<string> values, float boost) =>
        signals.AddRange(values.Select(value => new Signal(new Term(field, value), boost)));
}
