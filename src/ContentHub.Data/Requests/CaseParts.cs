using ContentHub.Data.Experts;
using ContentHub.Data.People;

namespace ContentHub.Data.Requests;

public sealed class CaseComment
{
    public int Id { get; set; }
    public int HelpRequestId { get; set; }
    public int AuthorId { get; set; }
    public Person? Author { get; set; }
    public required string Body { get; set; }
    /// <summary>Internal notes are for staff and assigned experts, not the requester.</summary>
    public bool IsInternal { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An expert of the hub working on a case.</summary>
public sealed class CaseAssignment
{
    public int Id { get; set; }
    public int HelpRequestId { get; set; }
    public int ExpertProfileId { get; set; }
    public ExpertProfile? Expert { get; set; }
    public int? AssignedById { get; set; }
    /// <summary>Hours this assignment counts against the expert's monthly capacity while it is open.</summary>
    public int EstimatedHours { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}

/// <summary>A case (or part of it) handed to an external expert or organisation.</summary>
public sealed class Referral
{
    public int Id { get; set; }
    public int HelpRequestId { get; set; }
    public int? ExpertProfileId { get; set; }
    public ExpertProfile? Expert { get; set; }
    /// <summary>Set when the referral goes to an organisation rather than a profiled expert.</summary>
    public string? OrganisationName { get; set; }
    public string? Note { get; set; }
    public ReferralState State { get; set; }
    public int? ReferredById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
}

public enum ReferralState
{
    Proposed,
    Accepted,
    Declined,
    HandedBack,
    Completed,
}
