using System.Globalization;
using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;
using Lucene.Net.Index;

namespace ContentHub.Search.Matching;

/// <summary>
/// Ranks experts for a request by signals a hub coordinator would trust, each 0–1 and weighed by
/// the hub's policy: the topic (the cases the expert resolved, and their profile), skills for the
/// help asked, language, region, experience, free capacity and the hub's preference for its own
/// staff. An expert away today is never proposed. External experts come in when asked for, or
/// when no internal expert fits well enough. The API and the evaluation both rank with this class.
/// </summary>
public sealed class ExpertMatcher(SearchIndex index)
{
    private const string International = "International";

    private static readonly Term ResolvedCase = new(SearchFields.Resolved, "true");

    private readonly ScopeFilters scopes = new();
    private readonly ProfileWords profiles = new(index.Analyzer);

    public IReadOnlyList<ExpertMatch> Match(MatchRequest request, IReadOnlyList<ExpertCandidate> candidates, int first) => index.Search(searcher =>
    {
        var text = RequestText.Query(searcher, index.Analyzer, request.Case);
        var evidence = CaseEvidence.Collect(searcher, text.Query, scopes.For(DocumentKind.Case, request.Case.HubId, ResolvedCase), request.Case.ExcludeCaseId, request.Today);
        var available = candidates.Where(c => c.AwayUntil is not { } back || back <= request.Today).ToList();
        var mostResolved = available.Select(Track).DefaultIfEmpty(0).Max();
        var ranked = available
            .Select(candidate => Score(request, candidate, evidence.GetValueOrDefault(candidate.ExpertId), profiles.Coverage(candidate, text.Words), mostResolved))
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.ExpertId)
            .ToList();

        var byId = available.ToDictionary(c => c.ExpertId);
        var bestInternal = ranked.FirstOrDefault(m => byId[m.ExpertId].Internal)?.Score ?? 0;
        var externalWanted = request.IncludeExternal || bestInternal < request.Weights.MinimumInternalScore;
        return ranked.Where(m => byId[m.ExpertId].Internal || externalWanted).Take(first).ToList();
    });

    private static ExpertMatch Score(MatchRequest request, ExpertCandidate expert, ExpertEvidence? evidence, double profileCoverage, double mostResolved)
    {
        var weights = request.Weights;
        var signals = new List<(MatchSignal Signal, double Value, double Weight, string Detail)>
        {
            Topic(evidence, profileCoverage, weights.Topic),
            Language(request.Case.Language, expert, weights.Language),
            Experience(expert, mostResolved, weights.Experience),
            Availability(expert, weights.Availability),
            (MatchSignal.InternalPreference, expert.Internal ? 1 : 0, weights.InternalPreference, expert.Internal ? "hub staff" : "external"),
        };
        if (request.NeededSkills.Count > 0)
        {
            signals.Add(Skills(request.NeededSkills, expert, weights.Skills));
        }

        if (request.Region is { } region)
        {
            signals.Add(Region(region, expert, weights.Region));
        }

        // A signal the request gives nothing to measure (no help type with skills, no region) is
        // left out rather than scored 0 for everyone, so scores stay comparable between requests.
        var totalWeight = signals.Sum(s => s.Weight);
        var breakdown = signals
            .Select(s => new SignalScore(s.Signal, s.Value, s.Weight, totalWeight == 0 ? 0 : s.Weight * s.Value / totalWeight, s.Detail))
            .OrderBy(s => s.Signal)
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
        return new ExpertMatch(expert.ExpertId, breakdown.Sum(s => s.Contribution), breakdown, reason, evidence?.Cases.Take(3).ToList() ?? [], warnings);
    }

    /// <summary>
    /// Votes of similar resolved cases, plus the profile: a profile that names half of the
    /// request's telling words counts like one very similar resolved case. Saturating, so that a
    /// few close cases are nearly as good as many.
    /// </summary>
    private static (MatchSignal, double, double, string) Topic(ExpertEvidence? evidence, double profileCoverage, double weight)
    {
        var votes = (evidence?.Votes ?? 0) + 2 * profileCoverage;
        var cases = evidence?.Cases.Count ?? 0;
        var detail = cases switch
        {
            0 when profileCoverage > 0 => "profile fits the request",
            0 => "no similar resolved case",
            1 => "resolved a similar case",
            _ => $"resolved {cases} similar cases",
        };
        return (MatchSignal.Topic, 1 - Math.Exp(-votes), weight, detail);
    }

    /// <summary>Mean level (of 4) over the skills the request needs; a missing skill counts 0.</summary>
    private static (MatchSignal, double, double, string) Skills(IReadOnlyList<string> needed, ExpertCandidate expert, double weight)
    {
        var levels = needed.Select(skill => expert.SkillLevels.GetValueOrDefault(skill)).ToList();
        var has = needed.Where(skill => expert.SkillLevels.ContainsKey(skill)).ToList();
        var detail = has.Count == 0 ? "none of the skills needed" : "skilled in " + string.Join(", ", has.Select(s => s.Replace('-', ' ')));
        return (MatchSignal.Skills, levels.Average() / 4.0, weight, detail);
    }

    private static (MatchSignal, double, double, string) Language(string language, ExpertCandidate expert, double weight)
    {
        var wanted = PrimaryLanguage(language);
        var speaks = expert.Languages.Any(l => PrimaryLanguage(l) == wanted);
        return (MatchSignal.Language, speaks ? 1 : 0, weight, speaks ? $"works in {wanted}" : $"does not list {wanted}");
    }

    private static (MatchSignal, double, double, string) Region(string region, ExpertCandidate expert, double weight) =>
        expert.Regions.Contains(region, StringComparer.OrdinalIgnoreCase) ? (MatchSignal.Region, 1, weight, "works in " + region)
        : expert.Regions.Contains(International, StringComparer.OrdinalIgnoreCase) ? (MatchSignal.Region, 0.5, weight, "works internationally")
        : (MatchSignal.Region, 0, weight, "works in other regions");

    /// <summary>
    /// A track record: cases of the last twelve months count fully, older ones a fifth — who is
    /// active now matters more than who was active years ago.
    /// </summary>
    private static double Track(ExpertCandidate expert) =>
        expert.RecentlyResolved + 0.2 * (expert.ResolvedCases - expert.RecentlyResolved);

    /// <summary>The track record on a log scale against the best of the candidates: the tenth case adds less than the second.</summary>
    private static (MatchSignal, double, double, string) Experience(ExpertCandidate expert, double mostResolved, double weight) =>
        (MatchSignal.Experience, mostResolved == 0 ? 0 : Math.Log(1 + Track(expert)) / Math.Log(1 + mostResolved), weight,
            expert.ResolvedCases switch
            {
                0 => "no resolved case yet",
                var n => string.Create(CultureInfo.InvariantCulture, $"{n} case{(n == 1 ? "" : "s")} resolved, {expert.RecentlyResolved} in the last year"),
            });

    private static (MatchSignal, double, double, string) Availability(ExpertCandidate expert, double weight)
    {
        var free = Math.Max(0, expert.CapacityHours - expert.OpenHours);
        var share = expert.CapacityHours <= 0 ? 0 : (double)free / expert.CapacityHours;
        return (MatchSignal.Availability, share, weight, $"{free} of {expert.CapacityHours} h free this month");
    }

    private static string PrimaryLanguage(string code) => code.Split('-')[0].ToLowerInvariant();
}
