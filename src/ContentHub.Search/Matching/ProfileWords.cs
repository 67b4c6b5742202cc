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

    /// <summary>The request's body words, grouped by field, for scoring many profiles against them.</summary>
    public RequestWords For(IReadOnlyList<ChosenWord> words)
    {
        if (analysed.Count > MaxRemembered)
        {
            analysed.Clear();
        }

        var byField = words.Where(w => LanguageFields.IsBody(w.Term.Field))
            .GroupBy(w => w.Term.Field)
            .Select(g => (Field: g.Key, Words: g.Select(w => (w.Term.Text, (double)w.Boost)).ToArray()))
            .ToArray();
        return new RequestWords(this, byField, byField.Sum(f => f.Words.Sum(w => w.Item2)));
    }

    public sealed class RequestWords(ProfileWords owner, (string Field, (string Text, double Weight)[] Words)[] byField, double total)
    {
        /// <summary>The share (0–1) of the body words' weight that the profile mentions.</summary>
        public double Coverage(ExpertCandidate expert)
        {
            if (total == 0 || expert.ProfileText.Length == 0)
            {
                return 0;
            }

            var found = 0.0;
            foreach (var (field, words) in byField)
            {
                var terms = owner.TermsOf(expert, field);
                foreach (var (text, weight) in words)
                {
                    found += terms.Contains(text) ? weight : 0;
                }
            }

            return found / total;
        }
    }

    private HashSet<string> TermsOf(ExpertCandidate expert, string field) =>
        analysed.GetOrAdd((expert.ExpertId, expert.ProfileVersion, field),
            (key, text) => AnalyzedTerms.Of(analyzer, key.Field, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal), expert.ProfileText);
}
