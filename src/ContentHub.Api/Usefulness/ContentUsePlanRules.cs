using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;

namespace ContentHub.Api.Usefulness;

/// <summary>The structured usefulness plan as given in an input; a null field is left as it is.</summary>
public sealed record ContentUsePlan(List<IntendedUse>? IntendedUses, LicenceStatus? LicenceStatus, MetadataQuality? MetadataQuality);

/// <summary>
/// Takes the structured plan into a request. The plan's fields are optional even for content: gaps
/// are what <see cref="UsefulnessRules"/> reports to the committee, and seeded or older cases without
/// them must stay editable. An advice-only request (volume 0) has nothing to plan: naming uses,
/// a licence or metadata for it is a mistake; lowering the volume to 0 drops the plan.
/// </summary>
public static class ContentUsePlanRules
{
    public static void Apply(HelpRequest request, InputErrors errors, ContentUsePlan plan)
    {
        if (request.ContentVolume == 0)
        {
            RejectPlanForAdvice(errors, plan);
            request.IntendedUses = [];
            request.LicenceStatus = LicenceStatus.Unknown;
            request.MetadataQuality = MetadataQuality.Unknown;
            return;
        }

        request.IntendedUses = plan.IntendedUses?.Distinct().Order().ToList() ?? request.IntendedUses;
        request.LicenceStatus = plan.LicenceStatus ?? request.LicenceStatus;
        request.MetadataQuality = plan.MetadataQuality ?? request.MetadataQuality;
    }

    private static void RejectPlanForAdvice(InputErrors errors, ContentUsePlan plan)
    {
        const string why = "An advice-only request (contentVolume 0) brings no content to plan for; set contentVolume or leave this out.";
        if (plan.IntendedUses is { Count: > 0 })
        {
            errors.Add(new ValidationError("input.intendedUses", why));
        }

        if (plan.LicenceStatus is { } licence && licence != LicenceStatus.Unknown)
        {
            errors.Add(new ValidationError("input.licenceStatus", why));
        }

        if (plan.MetadataQuality is { } metadata && metadata != MetadataQuality.Unknown)
        {
            errors.Add(new ValidationError("input.metadataQuality", why));
        }
    }
}
