using AutoMapper;
using ContentHub.Data.Committee;

namespace ContentHub.Api.Committee;

public sealed class CommitteeModel
{
    public int Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
}

public sealed class CommitteeMemberModel
{
    public int CommitteeId { get; init; }
    public int PersonId { get; init; }
    public int? AffiliateId { get; init; }
    public CommitteeRole Role { get; init; }
}

public sealed class CriterionModel
{
    public int Id { get; init; }
    public int CommitteeId { get; init; }
    public int CriteriaVersionId { get; init; }
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public decimal Weight { get; init; }
    public CriterionDirection Direction { get; init; }
}

public sealed class CommitteeProfile : Profile
{
    public CommitteeProfile()
    {
        CreateMap<ExpertCommittee, CommitteeModel>();
        CreateMap<CommitteeMember, CommitteeMemberModel>();
        CreateMap<PrioritisationCriterion, CriterionModel>();
        CreateMap<CriteriaVersion, CriteriaVersionModel>();
        CreateMap<CommitteeMeeting, CommitteeMeetingModel>();
        CreateMap<AgendaItem, AgendaItemModel>().ForMember(m => m.CriteriaVersionId, o => o.MapFrom(i => i.Meeting!.CriteriaVersionId));
        CreateMap<PriorityAssessment, AssessmentModel>();
        CreateMap<CriterionScore, CriterionScoreModel>();
    }
}
