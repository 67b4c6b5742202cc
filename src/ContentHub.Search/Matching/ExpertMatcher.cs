using System.Globalization;
using ContentHub.Data.Experts;
using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;

namespace ContentHub.Search.Matching;

/// <summary>
/// Ranks experts for a request by signals a hub coordinator would trust, each 0–1 and weighed by
/// the hub's policy: the topic (the cases the expert resolved, and their profile), skills for the
/// help asked, language, region, track record, free capacity and the hub's preference for its own
/// staff. An expert away today is never proposed. External experts come in when asked for, or
/// when no internal expert fits well enough. The API and the evaluation both rank with this class.
/// </summary>
public sealed class ExpertMatcher(SearchIndex index)
{
    private const string International = "International";

    // Every candidate is scored over all signals; one array, not one per candidate.
    private static readonly MatchSignal[] Signals = Enum.GetValues<MatchSignal>();

    private readonly ScopeFilters scopes = new();
    private readonly ProfileWords profiles = new(index.Analyzer);

    public IReadOnlyList<ExpertMatch> Match(MatchRequest request, IReadOnlyList<ExpertCandidate> candidates, int first) => index.Search(searcher =>
    {
        var text = RequestText.Query(searcher, index, request.Case);
        var evidence = CaseEvidence.Collect(searcher, scopes, text.Query, request.Case.HubId, request.Case.ExcludeCaseId, request.Today);
        var available = candidates.Where(c => !ExpertAvailability.IsAway(c.AwayUntil, request.Today)).ToList();
        var profileCoverage = profiles.Coverage(text.Words, candidates);
        var context = new Context(request, available.Select(Track).DefaultIfEmpty(0).Max());

        // Every candidate is scored by numbers alone; words and breakdowns are made for the few shown.
        var scored = available
            .Select(candidate =>
            {
                var found = evidence.GetValueOrDefault(candidate.ExpertId);
                var values = Values(context, candidate, found, profileCoverage.GetValueOrDefault(candidate.ExpertId));
                return (Candidate: candidate, Evidence: found, Values: values, Score: context.Score(values));
            })
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.ExpertId)
            .ToList();
        var bestInternal = scored.FirstOrDefault(s => s.Candidate.Internal).Score;
        var externalWanted = request.IncludeExternal || bestInternal < request.Weights.MinimumInternalScore;
        return scored
            .Where(s => s.Candidate.Internal || externalWanted)
            .Take(first)
            .Select(s => Explain(context, s.Candidate, s.Evidence, s.Values, s.Score))
            .ToList();
    });

    /// <summary>The request's facts and the weights of the signals it gives something to measure.</summary>
    private sealed class Context
    {
        public Context(MatchRequest request, double mostResolved)
        {
            Request = request;
            MostResolved = mostResolved;
            var w = request.Weights;
            // A signal the request gives nothing to measure (no help type with skills, no region)
            // is left out rather than scored 0 for everyone, so scores stay comparable between requests.
            Weights =
            [
                w.Topic, request.NeededSkills.Count > 0 ? w.Skills : 0, w.Language, request.Region is null ? 0 : w.Region,
                w.Experience, w.Availability, w.InternalPreference,
            ];
            TotalWeight = Weights.Sum();
        }

        public MatchRequest Request { get; }

        public double MostResolved { get; }

        /// <summary>By <see cref="MatchSignal"/>; 0 for a signal that does not apply.</summary>
        public double[] Weights { get; }

        public double TotalWeight { get; }

        public double Contribution(MatchSignal signal, double value) => TotalWeight == 0 ? 0 : Weights[(int)signal] * value / TotalWeight;

        public double Score(double[] values) => Signals.Sum(signal => Contribution(signal, values[(int)signal]));
    }

    private static double[] Values(Context context, ExpertCandidate expert, ExpertEvidence? evidence, double profileCoverage)
    {
        var request = context.Request;
        var values = new double[Signals.Length];
        // Votes of similar resolved cases, plus the profile: a profile that names half of the
        // request's telling words counts like one very similar resolved case. Saturating, so a few
        // close cases are nearly as good as many.
        values[(int)MatchSignal.Topic] = 1 - Math.Exp(-((evidence?.Votes ?? 0) + 2 * profileCoverage));
        // Mean level (of 4) over the skills the request needs; a missing skill counts 0.
        values[(int)MatchSignal.Skills] = request.NeededSkills.Count == 0 ? 0 : request.NeededSkills.Average(skill => expert.SkillLevels.GetValueOrDefault(skill)) / 4.0;
        values[(int)MatchSignal.Language] = Speaks(expert, request.Case.Language) ? 1 : 0;
        values[(int)MatchSignal.Region] = request.Region is not { } region ? 0
            : expert.Regions.Contains(region, StringComparer.OrdinalIgnoreCase) ? 1
            : expert.Regions.Contains(International, StringComparer.OrdinalIgnoreCase) ? 0.5
            : 0;
        // The track record on a log scale against the best candidate's: the tenth case adds less than the second.
        values[(int)MatchSignal.Experience] = context.MostResolved == 0 ? 0 : Math.Log(1 + Track(expert)) / Math.Log(1 + context.MostResolved);
        values[(int)MatchSignal.Availability] = expert.CapacityHours <= 0 ? 0 : (double)FreeHours(expert) / expert.CapacityHours;
        values[(int)MatchSignal.InternalPreference] = expert.Internal ? 1 : 0;
        return values;
    }

    private static ExpertMatch Explain(Context context, ExpertCandidate expert, ExpertEvidence? evidence, double[] values, double score)
    {
        var request = context.Request;
        var breakdown = Signals
            .Where(signal => context.Weights[(int)signal] > 0)
            .Select(signal => new SignalScore(signal, values[(int)signal], context.Weights[(int)signal], context.Contribution(signal, values[(int)signal]),
                Detail(signal, request, expert, evidence, values[(int)signal])))
            .ToList();
        var warnings = new List<string>();
        if (expert.CapacityHours > 0 && expert.OpenHours >= expert.CapacityHours)
        {
            warnings.Add($"over capacity: {expert.OpenHours} of {expert.CapacityHours} h this month taken");
        }

        if (!expert.Internal)
        {
            warnings.Add("external: the request would be referred");
        }

        var reason = string.Join("; ", breakdown.Where(s => s.Contribution > 0).OrderByDescending(s => s.Contribution).Take(3).Select(s => s.Detail));
        return new ExpertMatch(expert.ExpertId, score, breakdown, reason, evidence?.Cases.Take(3).ToList() ?? [], warnings);
    }

    private static string Detail(MatchSignal signal, MatchRequest request, ExpertCandidate expert, ExpertEvidence? evidence, double value) => signal switch
    {
        MatchSignal.Topic => (evidence?.Cases.Count ?? 0) switch
        {
            0 when value > 0 => "profile fits the request",
            0 => "no similar resolved case",
            1 => "resolved a similar case",
            var n => $"resolved {n} similar cases",
        },
        MatchSignal.Skills => request.NeededSkills.Where(expert.SkillLevels.ContainsKey).ToList() is { Count: > 0 } has
            ? "skilled in " + string.Join(", ", has.Select(s => s.Replace('-', ' ')))
            : "none of the skills needed",
        MatchSignal.Language => value > 0 ? $"works in {PrimaryLanguage(request.Case.Language)}" : $"does not list {PrimaryLanguage(request.Case.Language)}",
        MatchSignal.Region => value switch { 1 => "works in " + request.Region, > 0 => "works internationally", _ => "works in other regions" },
        MatchSignal.Experience => expert.ResolvedCases == 0
            ? "no resolved case yet"
            : string.Create(CultureInfo.InvariantCulture, $"{expert.ResolvedCases} case{(expert.ResolvedCases == 1 ? "" : "s")} resolved, {expert.RecentlyResolved} in the last year"),
        MatchSignal.Availability => $"{FreeHours(expert)} of {expert.CapacityHours} h free this month",
        _ => expert.Internal ? "hub staff" : "external",
    };

    /// <summary>
    /// A track record: cases of the last twelve months count fully, older ones a fifth — who is
    /// active now matters more than who was active years ago.
    /// </summary>
    private static double Track(ExpertCandidate expert) => expert.RecentlyResolved + 0.2 * (expert.ResolvedCases - expert.RecentlyResolved);

    private static int FreeHours(ExpertCandidate expert) => Math.Max(0, expert.CapacityHours - expert.OpenHours);

    private static bool Speaks(ExpertCandidate expert, string language)
    {
        var wanted = PrimaryLanguage(language);
        return expert.Languages.Any(l => PrimaryLanguage(l) == wanted);
    }

    private static string PrimaryLanguage(string code) => code.Split('-')[0].ToLowerInvariant();
}
