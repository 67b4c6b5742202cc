using ContentHub.Data.Hubs;
using ContentHub.Search.Querying;

namespace ContentHub.Search.Matching;

/// <summary>An expert who could take the request, with what the hub knows of them.</summary>
/// <param name="ProfileVersion">Changes whenever <paramref name="ProfileText"/> does, so its analysis can be remembered.</param>
/// <param name="SkillLevels">Skill key → level, 1 (basic) to 4 (expert).</param>
/// <param name="ResolvedCases">How many of the hub's cases the expert has resolved.</param>
/// <param name="RecentlyResolved">How many of those in the last twelve months.</param>
public sealed record ExpertCandidate(
    int ExpertId,
    bool Internal,
    string ProfileText,
    long ProfileVersion,
    IReadOnlyDictionary<string, int> SkillLevels,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Regions,
    int ResolvedCases,
    int RecentlyResolved,
    int OpenHours,
    int CapacityHours,
    DateOnly? AwayUntil);

/// <summary>The hub's weights (relative; see ExpertMatchingPolicy) and its threshold for turning to external experts.</summary>
public sealed record MatchingWeights(
    double Topic, double Skills, double Language, double Region, double Experience, double Availability, double InternalPreference,
    double MinimumInternalScore)
{
    public static MatchingWeights Of(ExpertMatchingPolicy policy) => new(
        policy.TopicWeight, policy.SkillWeight, policy.LanguageWeight, policy.RegionWeight, policy.ExperienceWeight,
        policy.AvailabilityWeight, policy.InternalPreferenceWeight, policy.MinimumInternalScore);
}

/// <summary>A request to find experts for: its text and facts, the skills its help types need, the requesting affiliate's region.</summary>
public sealed record MatchRequest(
    CaseProfile Case,
    IReadOnlyList<string> NeededSkills,
    string? Region,
    DateOnly Today,
    bool IncludeExternal,
    MatchingWeights Weights);
