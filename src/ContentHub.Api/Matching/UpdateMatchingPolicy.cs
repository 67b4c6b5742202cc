using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Hubs;
using GraphQL.Types;

namespace ContentHub.Api.Matching;

/// <summary>Fields left out stay as they are.</summary>
public sealed record UpdateMatchingPolicyInput(
    double? TopicWeight, double? SkillWeight, double? LanguageWeight, double? RegionWeight, double? ExperienceWeight,
    double? AvailabilityWeight, double? InternalPreferenceWeight, double? MinimumInternalScore, int? DefaultAssignmentHours);

public sealed class UpdateMatchingPolicyInputType : AutoRegisteringInputObjectGraphType<UpdateMatchingPolicyInput>;

public sealed class UpdateMatchingPolicyPayloadType() : PayloadType<MatchingPolicyType, MatchingPolicyModel>(
    "UpdateMatchingPolicy", "matchingPolicy", typeof(ValidationErrorType));

/// <summary>Hub staff tune how experts are ranked; the next match uses the new weights.</summary>
public sealed class MatchingPolicyCommands(HubSettingsCommands hubs)
{
    private const double MaxWeight = 100;

    public Task<Payload<MatchingPolicyModel>> UpdateAsync(UpdateMatchingPolicyInput input, CancellationToken cancellationToken) =>
        hubs.EditAsync<MatchingPolicyModel>((hub, errors) =>
        {
            var policy = hub.Matching;
            double Weight(string name, double? value, double current) => errors.Range("input." + name, value, 0, MaxWeight) ?? current;
            policy.TopicWeight = Weight("topicWeight", input.TopicWeight, policy.TopicWeight);
            policy.SkillWeight = Weight("skillWeight", input.SkillWeight, policy.SkillWeight);
            policy.LanguageWeight = Weight("languageWeight", input.LanguageWeight, policy.LanguageWeight);
            policy.RegionWeight = Weight("regionWeight", input.RegionWeight, policy.RegionWeight);
            policy.ExperienceWeight = Weight("experienceWeight", input.ExperienceWeight, policy.ExperienceWeight);
            policy.AvailabilityWeight = Weight("availabilityWeight", input.AvailabilityWeight, policy.AvailabilityWeight);
            policy.InternalPreferenceWeight = Weight("internalPreferenceWeight", input.InternalPreferenceWeight, policy.InternalPreferenceWeight);
            policy.MinimumInternalScore = errors.Range("input.minimumInternalScore", input.MinimumInternalScore, 0, 1) ?? policy.MinimumInternalScore;
            policy.DefaultAssignmentHours = errors.Range("input.defaultAssignmentHours", input.DefaultAssignmentHours, 1, 200) ?? policy.DefaultAssignmentHours;
            if (!errors.Any && policy.TopicWeight + policy.SkillWeight + policy.LanguageWeight + policy.RegionWeight + policy.ExperienceWeight
                + policy.AvailabilityWeight + policy.InternalPreferenceWeight <= 0)
            {
                errors.Add(new ValidationError("input", "At least one weight must be above 0, or no expert could be ranked."));
            }

            return policy;
        }, cancellationToken);
}

public static class MatchingPolicyMutations
{
    public static void AddMatchingPolicyMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<UpdateMatchingPolicyInputType, UpdateMatchingPolicyPayloadType, UpdateMatchingPolicyInput>(
            "updateMatchingPolicy", "Changes how this hub weighs the signals that rank experts for a request.",
            async (context, input) => await context.Get<MatchingPolicyCommands>().UpdateAsync(input, context.CancellationToken));
}
