using ContentHub.Data.Affiliates;
using ContentHub.Data.Hubs;

namespace ContentHub.Data.NeedsAssessment;

/// <summary>A needs-assessment interview with someone from the movement, and what it taught the hub.</summary>
public sealed class Interview : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public required string Key { get; set; }
    public required string IntervieweeName { get; set; }
    public string? IntervieweeRole { get; set; }
    public int? AffiliateId { get; set; }
    public Affiliate? Affiliate { get; set; }
    public DateOnly InterviewedOn { get; set; }
    public string? Summary { get; set; }
    public List<Insight> Insights { get; set; } = [];
}

public sealed class Insight
{
    public int Id { get; set; }
    public int InterviewId { get; set; }
    public required string Text { get; set; }
    /// <summary>Needs themes (resources, knowledge, training, tools …).</summary>
    public List<string> Themes { get; set; } = [];
}
