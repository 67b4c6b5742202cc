using ContentHub.Data.People;

namespace ContentHub.Data.Committee;

/// <summary>One committee member's scores for one request, per criterion (1–5), with a comment.</summary>
public sealed class PriorityAssessment
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public int HelpRequestId { get; set; }
    /// <summary>The meeting's agenda item the scores were given for; a deferred case is scored afresh at a later meeting.</summary>
    public int AgendaItemId { get; set; }
    public int MemberId { get; set; }
    public Person? Member { get; set; }
    public string? Comment { get; set; }
    public List<CriterionScore> Scores { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class CriterionScore
{
    public int AssessmentId { get; set; }
    public int CriterionId { get; set; }
    public PrioritisationCriterion? Criterion { get; set; }
    public int Score { get; set; }
}
