using AutoMapper;
using ContentHub.Data.Hubs;
using GraphQL.Types;

namespace ContentHub.Api.Matching;

public sealed class MatchingPolicyModel
{
    public double TopicWeight { get; init; }
    public double SkillWeight { get; init; }
    public double LanguageWeight { get; init; }
    public double RegionWeight { get; init; }
    public double ExperienceWeight { get; init; }
    public double AvailabilityWeight { get; init; }
    public double InternalPreferenceWeight { get; init; }
    public double MinimumInternalScore { get; init; }
    public int DefaultAssignmentHours { get; init; }
}

public sealed class MatchingPolicyProfile : Profile
{
    public MatchingPolicyProfile() => CreateMap<ExpertMatchingPolicy, MatchingPolicyModel>();
}

public sealed class MatchingPolicyType : ObjectGraphType<MatchingPolicyModel>
{
    public MatchingPolicyType()
    {
        Name = "MatchingPolicy";
        Description = "How the hub ranks experts for a request. Weights are relative: a match's score is the weighted mean of its signals (0–1).";
        Field(p => p.TopicWeight).Description("The request's text against the cases the expert resolved (recent ones count more) and against their profile.");
        Field(p => p.SkillWeight).Description("The expert's skill levels against the skills the request's help types need.");
        Field(p => p.LanguageWeight).Description("The expert works in the request's language.");
        Field(p => p.RegionWeight).Description("The expert works in the requesting affiliate's region.");
        Field(p => p.ExperienceWeight).Description("Cases resolved, the last twelve months counting most.");
        Field(p => p.AvailabilityWeight).Description("Free capacity this month.");
        Field(p => p.InternalPreferenceWeight).Description("The hub's preference for its own staff over an external referral.");
        Field(p => p.MinimumInternalScore).Description("External experts are proposed unasked when no internal expert scores at least this (0–1).");
        Field(p => p.DefaultAssignmentHours).Description("Hours an assignment counts against an expert's monthly capacity unless estimated otherwise.");
    }
}
