using ContentHub.Api.Access;
using System.Text.Json;
using ContentHub.Data;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Requests;

/// <summary>
/// Appends to the case event log, the audit trail of who did what and when: the actor is always the
/// signed-in caller. Events are added to the same unit of work as the change they record, so one
/// SaveChanges (one transaction) writes both or neither.
/// </summary>
public sealed class CaseEventLog(ContentHubDbContext db, TimeProvider clock, Caller caller)
{
    /// <summary>How a Commented event's data marks an internal note (<c>new { IsInternal }</c> as web JSON; the seed writes the same).</summary>
    public const string InternalNoteMark = "\"isInternal\":true";

    public void Append(HelpRequest request, CaseEventKind kind, object? data = null) =>
        db.CaseEvents.Add(new CaseEvent
        {
            HelpRequest = request,
            HubId = request.HubId,
            Kind = kind,
            ActorId = caller.PersonId,
            AccessTokenId = caller.TokenId,
            OccurredAt = clock.GetUtcNow(),
            Data = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
        });
}
