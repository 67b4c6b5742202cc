using ContentHub.Data.Experts;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Experts;

public sealed record ExpertSkillInput(string Skill, SkillLevel Level);

public sealed class ExpertSkillInputType : AutoRegisteringInputObjectGraphType<ExpertSkillInput>;

public sealed record CreateExpertProfileInput(
    [property: Id] string PersonId, ExpertKind Kind, string? HomeOrganisation, List<ExpertSkillInput> Skills, List<string> Languages,
    List<string>? Regions, int MonthlyCapacityHours, DateOnly? AwayUntil, string? Bio);

public sealed class CreateExpertProfileInputType : AutoRegisteringInputObjectGraphType<CreateExpertProfileInput>;

/// <summary>Fields left out (null) stay as they are; an empty string clears an optional text field.</summary>
public sealed record UpdateExpertProfileInput(
    [property: Id] string Id, ExpertKind? Kind, string? HomeOrganisation, List<ExpertSkillInput>? Skills, List<string>? Languages,
    List<string>? Regions, int? MonthlyCapacityHours, DateOnly? AwayUntil, bool? ClearAwayUntil, string? Bio);

public sealed class UpdateExpertProfileInputType : AutoRegisteringInputObjectGraphType<UpdateExpertProfileInput>;
