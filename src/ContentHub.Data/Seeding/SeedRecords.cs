using ContentHub.Data.Affiliates;
using ContentHub.Data.Committee;
using ContentHub.Data.Experts;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Data.People;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;

namespace ContentHub.Data.Seeding;

// The shapes of the JSON files in seed-data/ (see its README). Unknown properties are rejected.

internal sealed record HubSeed(string Slug, string Name, string? Description, string DefaultLanguage, List<string> Languages);

internal sealed record TaxonomySeed(string Key, string Name, string? Description);

internal sealed record HelpTypeSeed(string Key, string Name, string? Description, List<string>? Skills = null);

internal sealed record CampaignSeed(string Key, string Name, string? Description, string? Website);

internal sealed record AffiliateSeed(
    string Key, AffiliateKind Kind, string Name, string? Country, string? Region, List<string> Languages, string? Website);

internal sealed record PersonSeed(
    string Key, string DisplayName, string? Email, List<string> Languages, List<string> Affiliates, List<Role> Roles, bool Sample);

internal sealed record ExpertSkillSeed(string Skill, SkillLevel Level);

internal sealed record ExpertSeed(
    string Person, ExpertKind Kind, string? HomeOrganisation, List<ExpertSkillSeed> Skills, List<string> Languages,
    List<string> Regions, int MonthlyCapacityHours, DateOnly? AwayUntil, string? Bio, bool Sample);

internal sealed record PartnerSeed(string Name, PartnerType Type, string? WikidataId);

internal sealed record AssignmentSeed(string Expert, DateTimeOffset AssignedAt, int? EstimatedHours = null);

internal sealed record ReferralSeed(string? Expert, string? Organisation, string? Note, ReferralState State, DateTimeOffset CreatedAt);

internal sealed record CommentSeed(string Author, string Body, bool Internal, DateTimeOffset CreatedAt);

internal sealed record CaseSeed(
    string Key, string Title, string Description, string Language, string Affiliate, string Requester, PartnerSeed? Partner,
    List<string> HelpTypes, List<Platform> Platforms, int ContentVolume, string? UsefulnessPlan, string? Campaign,
    RequestStatus Status, decimal? PriorityScore, string? DeclineReason, DateTimeOffset CreatedAt,
    DateTimeOffset? FirstRespondedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, string? Resolution,
    List<AssignmentSeed>? Assignments, List<ReferralSeed>? Referrals, List<CommentSeed>? Comments,
    List<IntendedUse>? IntendedUses = null, LicenceStatus LicenceStatus = LicenceStatus.Unknown, MetadataQuality MetadataQuality = MetadataQuality.Unknown);

internal sealed record ArticleSeed(
    string Key, string Title, string Language, List<string> Tags, ArticleStatus Status, string Body, List<string>? SourceCases);

internal sealed record CommitteeMemberSeed(string Person, string? Affiliate, CommitteeRole Role);

internal sealed record CriterionSeed(string Key, string Name, string? Description, decimal Weight, CriterionDirection Direction);

internal sealed record CommitteeSeed(string Name, string? Description, List<CommitteeMemberSeed> Members, List<CriterionSeed> Criteria);

internal sealed record InsightSeed(string Text, List<string> Themes);

internal sealed record InterviewSeed(
    string Key, string Interviewee, string? IntervieweeRole, string? Affiliate, DateOnly Date, string? Summary, List<InsightSeed> Insights);
