using AutoMapper;
using ContentHub.Data.NeedsAssessment;

namespace ContentHub.Api.NeedsAssessment;

public sealed class InterviewModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string IntervieweeName { get; init; }
    public string? IntervieweeRole { get; init; }
    public int? AffiliateId { get; init; }
    public DateOnly InterviewedOn { get; init; }
    public string? Summary { get; init; }
}

public sealed class InsightModel
{
    public int Id { get; init; }
    public int InterviewId { get; init; }
    public required string Text { get; init; }
    public List<string> Themes { get; init; } = [];
}

public sealed class NeedsAssessmentProfile : Profile
{
    public NeedsAssessmentProfile()
    {
        CreateMap<Interview, InterviewModel>();
        CreateMap<Insight, InsightModel>();
    }
}
