using ContentHub.Data.People;

namespace ContentHub.Data.Committee;

/// <summary>
/// The committee's criteria and weights as the chair set them at one time. A new edit makes a new
/// version; meetings, their scores and decisions keep the version they were held under.
/// </summary>
public sealed class CriteriaVersion
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    /// <summary>1, 2, 3 … per committee.</summary>
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The chair who made the change; null for the first version, which came with the committee.</summary>
    public int? ChangedById { get; set; }
    public Person? ChangedBy { get; set; }
    public List<PrioritisationCriterion> Criteria { get; set; } = [];
}
