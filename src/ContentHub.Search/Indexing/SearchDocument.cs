namespace ContentHub.Search.Indexing;

public enum DocumentKind
{
    Article,
    Case,
}

/// <summary>What the index holds of an article or a case; built from the database, never the source of truth.</summary>
public sealed record SearchDocument(
    DocumentKind Kind,
    int Id,
    int HubId,
    string Language,
    string Title,
    string Body,
    string Status,
    IReadOnlyList<string> Tags,
    CaseFacts? Case = null)
{
    public string Uid => UidOf(Kind, Id);

    /// <summary>The unique key of a document, used to replace or delete it: <c>case:17</c>.</summary>
    public static string UidOf(DocumentKind kind, int id) => $"{kind.ToString().ToLowerInvariant()}:{id}";
}

/// <summary>
/// The structured signals of a case that similarity uses beside its text, and the experts who
/// resolved it: the evidence expert matching weighs most.
/// </summary>
public sealed record CaseFacts(
    IReadOnlyList<string> HelpTypes,
    IReadOnlyList<string> Platforms,
    string? PartnerType,
    int? CampaignId,
    int AffiliateId,
    bool Resolved,
    IReadOnlyList<int>? ResolvedBy = null,
    DateOnly? ResolvedOn = null);
