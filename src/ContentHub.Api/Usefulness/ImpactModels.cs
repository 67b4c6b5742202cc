using AutoMapper;
using ContentHub.Data.Usefulness;

namespace ContentHub.Api.Usefulness;

public sealed class ImpactReportModel
{
    public int Id { get; init; }
    public int HelpRequestId { get; init; }
    public int FilesUploaded { get; init; }
    public int FilesUsedOnWikiPages { get; init; }
    public int WikidataItemsCreated { get; init; }
    public required string Source { get; init; }
    public string? SourceUrl { get; init; }
    public string? Note { get; init; }
    public int? RecordedById { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>A case's impact: the report that counts (the latest) and all of them, newest first.</summary>
public sealed record CaseImpact(IReadOnlyList<ImpactReportModel> History)
{
    public ImpactReportModel? Latest => History.Count > 0 ? History[0] : null;
}

/// <summary>Sums over the latest report of each case in a group (an affiliate's, a campaign's, a hub's cases).</summary>
public sealed record ImpactTotals(int CasesReported, int FilesUploaded, int FilesUsedOnWikiPages, int WikidataItemsCreated)
{
    public static readonly ImpactTotals None = new(0, 0, 0, 0);
}

public sealed class ImpactProfile : Profile
{
    public ImpactProfile() => CreateMap<ImpactReport, ImpactReportModel>();
}
