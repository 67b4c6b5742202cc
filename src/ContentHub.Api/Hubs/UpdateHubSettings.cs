using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Hubs;

/// <summary>Fields left out stay as they are.</summary>
public sealed record UpdateHubSettingsInput(int? FirstReplyDueDays);

public sealed class UpdateHubSettingsInputType : AutoRegisteringInputObjectGraphType<UpdateHubSettingsInput>;

public sealed class UpdateHubSettingsPayloadType() : PayloadType<HubType, HubModel>("UpdateHubSettings", "hub", typeof(ValidationErrorType));

/// <summary>How the hub runs its queue: today, how long a request may wait for a first reply.</summary>
public sealed class HubSettingsCommands(ContentHubDbContext db, HubContext hub, IMapper mapper)
{
    public async Task<Payload<HubModel>> UpdateAsync(UpdateHubSettingsInput input, CancellationToken cancellationToken)
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        var settings = await db.Hubs.SingleAsync(h => h.Id == hubId, cancellationToken);
        var errors = new InputErrors();
        settings.FirstReplyDueDays = errors.Range("input.firstReplyDueDays", input.FirstReplyDueDays, 1, 90) ?? settings.FirstReplyDueDays;
        if (errors.Any)
        {
            return Payload<HubModel>.Failure(errors.All);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<HubModel>(settings);
    }
}

public static class HubSettingsMutations
{
    public static void AddHubSettingsMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<UpdateHubSettingsInputType, UpdateHubSettingsPayloadType, UpdateHubSettingsInput>(
            "updateHubSettings", "Changes how the hub runs its queue (the first-reply deadline).",
            async (context, input) => await context.Get<HubSettingsCommands>().UpdateAsync(input, context.CancellationToken));
}
