namespace ContentHub.Data.Hubs;

/// <summary>
/// How a hub weighs the signals that rank experts for a request, and how it hands out work. Hub
/// configuration, edited by its staff: one hub may prefer its own staff strongly, another may
/// refer freely. Weights are relative; a match's score is the weighted mean of its signals (0–1).
/// </summary>
public sealed class ExpertMatchingPolicy
{
    /// <summary>The request's text against the cases the expert resolved and against their profile.</summary>
    public double TopicWeight { get; set; } = 0.40;
    /// <summary>The expert's skills (and levels) against the skills the request's help types need.</summary>
    public double SkillWeight { get; set; } = 0.20;
    public double LanguageWeight { get; set; } = 0.10;
    public double RegionWeight { get; set; } = 0.05;
    /// <summary>How many cases the expert has resolved for the hub, on a log scale.</summary>
    public double ExperienceWeight { get; set; } = 0.10;
    /// <summary>Free capacity this month: an expert with none left sinks.</summary>
    public double AvailabilityWeight { get; set; } = 0.10;
    /// <summary>The hub's preference for its own staff over an external referral.</summary>
    public double InternalPreferenceWeight { get; set; } = 0.05;
    /// <summary>External experts are proposed unasked when no internal expert scores at least this.</summary>
    public double MinimumInternalScore { get; set; } = 0.30;
    /// <summary>Hours an assignment counts against an expert's monthly capacity unless staff estimate otherwise.</summary>
    public int DefaultAssignmentHours { get; set; } = 8;
}
