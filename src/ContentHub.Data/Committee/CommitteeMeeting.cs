using ContentHub.Data.Hubs;
using ContentHub.Data.Requests;

namespace ContentHub.Data.Committee;

/// <summary>A meeting of the committee, held under the criteria version in force when it was scheduled.</summary>
public sealed class CommitteeMeeting : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public int CommitteeId { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public int CriteriaVersionId { get; set; }
    public CriteriaVersion? CriteriaVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set when staff call the meeting off before it decided anything; its agenda was cleared then.</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Why it was called off: the cases' histories repeat it.</summary>
    public string? CancellationReason { get; set; }
    public List<AgendaItem> Agenda { get; set; } = [];
}

/// <summary>A case on a meeting's agenda: members score it, then the meeting decides with a public rationale.</summary>
public sealed class AgendaItem : IHubScoped
{
    public int Id { get; set; }
    public int HubId { get; set; }
    public int MeetingId { get; set; }
    public CommitteeMeeting? Meeting { get; set; }
    public int HelpRequestId { get; set; }
    public HelpRequest? HelpRequest { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public List<PriorityAssessment> Assessments { get; set; } = [];
    /// <summary>Null while the item is open for scoring.</summary>
    public AgendaDecision? Decision { get; set; }
    /// <summary>Why the meeting decided as it did; public, the requester reads it.</summary>
    public string? Rationale { get; set; }
    /// <summary>The weighted score at the time of the decision, kept even if the case is scored again later.</summary>
    public decimal? PriorityScore { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public enum AgendaDecision
{
    Prioritise,
    Decline,
    Defer,
}
