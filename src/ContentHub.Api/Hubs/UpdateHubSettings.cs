using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Hubs;

/// <summary>Fields left out stay as they are.</summary>
public sealed record UpdateHubSettingsInput(int? FirstReplyDueDays, bool? AcceptsAnonymousRequests = null);

public sealed class UpdateHubSettingsInputType : AutoRegisteringInputObjectGraphType<UpdateHubSettingsInput>;

public sealed class UpdateHubSettingsPayloadType() : PayloadType<HubType, HubModel>("UpdateHubSettings", "hub", typeof(ValidationErrorType));

/// <summary>How the hub runs its queue (how long a request may wait for a first reply), and the one way its settings are edited.</summary>
public sealed class HubSettingsCommands(ContentHubDbContext db, HubContext hub, IMapper mapper)
{
    public Task<Payload<HubModel>> UpdateAsync(UpdateHubSettingsInput input, CancellationToken cancellationToken) =>
        EditAsync<HubModel>((settings, errors) =>
        {
            settings.FirstReplyDueDays = errors.Range("input.firstReplyDueDays", input.FirstReplyDueDays, 1, 90) ?? settings.FirstReplyDueDays;
            settings.AcceptsAnonymousRequests = input.AcceptsAnonymousRequests ?? settings.AcceptsAnonymousRequests;
            return settings;
        }, cancellationToken);

    /// <summary>
    /// Loads the addressed hub, lets <paramref name="edit"/> change and validate it (returning the part
    /// to show), and saves only when no input was refused.
    /// </summary>
    public async Task<Payload<TModel>> EditAsync<TModel>(Func<Hub, InputErrors, object> edit, CancellationToken cancellationToken) where TModel : class
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        var settings = await db.Hubs.SingleAsync(h => h.Id == hubId, cancellationToken);
        var errors = new InputErrors();
        var changed = edit(settings, errors);
        if (errors.Any)
        {
            return Payload<TModel>.Failure(errors.All);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<TModel>(changed);
    }
}

public static class HubSettingsMutations
{
    public static void AddHubSettingsMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<UpdateHubSettingsInputType, UpdateHubSettingsPayloadType, UpdateHubSettingsInput>(
            "updateHubSettings", "Changes how the hub runs its queue (the first-reply deadline, whether anonymous requests are taken).",
            async (context, input) => await context.Get<HubSettingsCommands>().UpdateAsync(input, context.CancellationToken));
}
