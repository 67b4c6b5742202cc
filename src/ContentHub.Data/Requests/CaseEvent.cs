namespace ContentHub.Data.Requests;

/// <summary>
/// One entry of the append-only log of everything that happens to a case. <see cref="Sequence"/>
/// only grows, so readers (index sync, subscriptions, audit) resume from the last one they saw.
/// Always written in the same transaction as the change it records.
/// </summary>
public sealed class CaseEvent
{
    public long Sequence { get; set; }
    public int HubId { get; set; }
    public int HelpRequestId { get; set; }
    public HelpRequest? HelpRequest { get; set; }
    public CaseEventKind Kind { get; set; }
    public int? ActorId { get; set; }
    /// <summary>The token the actor used: an admin may make tokens for others, and the audit must show whose key it was.</summary>
    public int? AccessTokenId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>What changed, as a small JSON object (field names to new values).</summary>
    public string? Data { get; set; }
}

public enum CaseEventKind
{
    Created,
    Updated,
    StatusChanged,
    Commented,
    Assigned,
    Unassigned,
    Referred,
    ReferralUpdated,
    Scored,
    Prioritised,
    Resolved,
    ImpactRecorded,
}
