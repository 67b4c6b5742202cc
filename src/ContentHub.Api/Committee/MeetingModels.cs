using ContentHub.Data.Committee;

namespace ContentHub.Api.Committee;

public sealed class CriteriaVersionModel
{
    public int Id { get; init; }
    public int CommitteeId { get; init; }
    public int Number { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int? ChangedById { get; init; }
}

public sealed class CommitteeMeetingModel
{
    public int Id { get; init; }
    public int CommitteeId { get; init; }
    public required string Title { get; init; }
    public DateOnly Date { get; init; }
    public int CriteriaVersionId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public string? CancellationReason { get; init; }
}

public sealed class AgendaItemModel
{
    public int Id { get; init; }
    public int MeetingId { get; init; }
    public int HelpRequestId { get; init; }
    /// <summary>The meeting's criteria version, which the item is scored and decided under.</summary>
    public int CriteriaVersionId { get; init; }
    public DateTimeOffset AddedAt { get; init; }
    public AgendaDecision? Decision { get; init; }
    public string? Rationale { get; init; }
    public decimal? PriorityScore { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}

public sealed class AssessmentModel
{
    public int Id { get; init; }
    public int AgendaItemId { get; init; }
    public int MemberId { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public List<CriterionScoreModel> Scores { get; init; } = [];
}

public sealed class CriterionScoreModel
{
    public int CriterionId { get; init; }
    public required string CriterionKey { get; init; }
    public int Score { get; init; }
}
