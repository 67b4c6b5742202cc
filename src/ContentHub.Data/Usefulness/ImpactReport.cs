using ContentHub.Data.People;
using ContentHub.Data.Requests;

namespace ContentHub.Data.Usefulness;

/// <summary>
/// What a finished case achieved on the wikis, as counted at one moment by staff or a tool
/// (GLAMorous, BaGLAMa, a bot). Reports are appended, never edited: the latest one counts, the
/// earlier ones show how use grew.
/// </summary>
public sealed class ImpactReport
{
    public int Id { get; set; }
    public int HelpRequestId { get; set; }
    public HelpRequest? HelpRequest { get; set; }
    public int FilesUploaded { get; set; }
    /// <summary>Distinct files used on at least one wiki page; may include files uploaded before the case.</summary>
    public int FilesUsedOnWikiPages { get; set; }
    public int WikidataItemsCreated { get; set; }
    /// <summary>Who or what counted: a staff member's name or a tool's name.</summary>
    public required string Source { get; set; }
    /// <summary>The person who recorded the figures, when a person did (a tool has none).</summary>
    public int? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    public string? SourceUrl { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
