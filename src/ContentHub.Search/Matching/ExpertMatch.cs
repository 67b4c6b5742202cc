namespace ContentHub.Search.Matching;

public enum MatchSignal
{
    Topic,
    Skills,
    Language,
    Region,
    Experience,
    Availability,
    InternalPreference,
}

/// <summary>One signal of a match: its value (0–1), its weight in the hub's policy, and what it adds to the score.</summary>
public sealed record SignalScore(MatchSignal Signal, double Value, double Weight, double Contribution, string Detail);

/// <summary>
/// An expert proposed for a request. <see cref="Score"/> is the weighted mean of the signals that
/// apply (0–1) and equals the sum of the contributions in <see cref="Breakdown"/>.
/// </summary>
public sealed record ExpertMatch(
    int ExpertId,
    double Score,
    IReadOnlyList<SignalScore> Breakdown,
    string Reason,
    IReadOnlyList<int> SimilarResolvedCases,
    IReadOnlyList<string> Warnings);
