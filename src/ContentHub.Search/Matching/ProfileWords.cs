using System.Collections.Concurrent;
using ContentHub.Search.Analysis;
using ContentHub.Search.Querying;
using Lucene.Net.Analysis;

namespace ContentHub.Search.Matching;

/// <summary>
/// How much of a request's telling weight an expert's profile (bio, organisation, skill names)
/// mentions. Profiles are short and few, so they are analysed here rather than indexed, and the
/// analysis is remembered per profile version: a match never waits for the indexer.
/// </summary>
internal sealed class ProfileWords(Analyzer analyzer)
{
    // Bounded memory: a hub has hundreds or a few thousand experts, each analysed in two or three fields.
    private const int MaxRemembered = 20_000;

    private readonly ConcurrentDictionary<(int Expert, long Version, string Field), HashSet<string>> analysed = new();

    /// <summary>The share (0–1) of the body words' weight that the profile mentions.</summary>
    public double Coverage(ExpertCandidate expert, IReadOnlyList<ChosenWord> words)
    {
        double found = 0, total = 0;
        foreach (var word in words.Where(w => LanguageFields.IsBody(w.Term.Field)))
        {
            total += word.Boost;
            if (TermsOf(expert, word.Term.Field).Contains(word.Term.Text))
            {
                found += word.Boost;
            }
        }

        return total == 0 ? 0 : found / total;
    }

    private HashSet<string> TermsOf(ExpertCandidate expert, string field)
    {
        if (analysed.Count > MaxRemembered)
        {
            analysed.Clear();
        }

        return analysed.GetOrAdd((expert.ExpertId, expert.ProfileVersion, field),
            key => AnalyzedTerms.Of(analyzer, key.Field, expert.ProfileText).Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
    }
}
