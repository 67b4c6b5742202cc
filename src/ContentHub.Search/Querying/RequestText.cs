using ContentHub.Search.Analysis;
using ContentHub.Search.Indexing;
using Lucene.Net.Search;

namespace ContentHub.Search.Querying;

/// <summary>
/// What a request's text looks for: its most telling words in its own language's analysis (title
/// and body) and in the neutral one, which catches names and tool names across languages. Similar
/// cases, suggested articles and expert matching all ask with this one query.
/// </summary>
internal static class RequestText
{
    // Twenty words in the request's language and ten in the neutral analysis. (Lucene's MoreLikeThis
    // takes 25; 20 is as good on SemEval — nDCG@10 0.501 against 0.500 — and a fifth less to score.)
    private const int MaxTextTerms = 20;

    public static CharacteristicQuery Query(IndexSearcher searcher, SearchIndex index, CaseProfile profile)
    {
        var suffix = LanguageFields.SuffixFor(profile.Language);
        var neutral = LanguageFields.Neutral;
        return CharacteristicTerms.Build(searcher, index, profile.Title + "\n" + profile.Description,
        [
            new(LanguageFields.Body(suffix), [(LanguageFields.Title(suffix), 1f), (LanguageFields.Body(suffix), 1f)], MaxTextTerms),
            new(LanguageFields.Body(neutral), [(LanguageFields.Body(neutral), 0.5f)], MaxTextTerms / 2),
        ]);
    }
}
