using System.Collections.Concurrent;
using ContentHub.Search.Analysis;
using ContentHub.Search.Querying;
using Lucene.Net.Analysis;

namespace ContentHub.Search.Matching;

/// <summary>
/// How much of a request's telling weight each expert's profile (bio, organisation, skill names)
/// mentions. Profiles are short and few, so they are analysed here rather than indexed: a match
/// never waits for the indexer. The analysis is kept as an inverted list per roster — word → the
/// experts whose profile has it — so a request's thirty words are looked up once, not once per
/// expert (with a thousand experts that was a fifth of a match). A roster is known by its experts'
/// profile versions; a changed profile makes a new one.
/// </summary>
internal sealed class ProfileWords(Analyzer analyzer)
{
    // A hub has one roster at a time; a few more cover several hubs and a change under way.
    private const int MaxRosters = 8;

    private readonly ConcurrentDictionary<int, Roster> rosters = new();

    /// <summary>Per expert, the share (0–1) of the body words' weight that the profile mentions; an expert mentioning none is absent.</summary>
    public Dictionary<int, double> Coverage(IReadOnlyList<ChosenWord> words, IReadOnlyList<ExpertCandidate> candidates)
    {
        var body = words.Where(w => LanguageFields.IsBody(w.Term.Field)).ToList();
        var total = body.Sum(w => (double)w.Boost);
        var coverage = new Dictionary<int, double>();
        if (total == 0)
        {
            return coverage;
        }

        var roster = RosterOf(candidates);
        foreach (var word in body)
        {
            foreach (var expert in roster.Mentioning(word.Term.Field, word.Term.Text))
            {
                coverage[expert] = coverage.GetValueOrDefault(expert) + word.Boost / total;
            }
        }

        return coverage;
    }

    private Roster RosterOf(IReadOnlyList<ExpertCandidate> candidates)
    {
        var signature = new HashCode();
        foreach (var candidate in candidates)
        {
            signature.Add(candidate.ExpertId);
            signature.Add(candidate.ProfileVersion);
        }

        var key = signature.ToHashCode();
        if (rosters.TryGetValue(key, out var known) && known.Holds(candidates))
        {
            return known;
        }

        if (rosters.Count >= MaxRosters)
        {
            rosters.Clear();
        }

        return rosters[key] = new Roster(analyzer, candidates);
    }

    private sealed class Roster(Analyzer analyzer, IReadOnlyList<ExpertCandidate> candidates)
    {
        private readonly Dictionary<int, long> versions = candidates.ToDictionary(c => c.ExpertId, c => c.ProfileVersion);

        // Built per analysis field on first use: a request asks in its own language and the neutral analysis.
        private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, int[]>>> fields = new();

        public bool Holds(IReadOnlyList<ExpertCandidate> others) =>
            others.Count == versions.Count && others.All(c => versions.TryGetValue(c.ExpertId, out var version) && version == c.ProfileVersion);

        public IReadOnlyList<int> Mentioning(string field, string word) =>
            fields.GetOrAdd(field, f => new Lazy<Dictionary<string, int[]>>(() => Invert(f))).Value.GetValueOrDefault(word) ?? [];

        private Dictionary<string, int[]> Invert(string field) => candidates
            .Where(c => c.ProfileText.Length > 0)
            .SelectMany(c => AnalyzedTerms.Of(analyzer, field, c.ProfileText).Select(t => (Word: t.Term, c.ExpertId)).Distinct())
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.ExpertId).ToArray(), StringComparer.Ordinal);
    }
}
