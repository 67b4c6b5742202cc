using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Committee;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Committee;

/// <summary>Loads the agenda item a mutation names, tracked with its meeting and case.</summary>
public sealed class AgendaStore(ContentHubDbContext db, HubContext hub)
{
    public Task<AgendaItem?> FindItemAsync(InputErrors errors, string id, CancellationToken cancellationToken) =>
        hub.FindNodeAsync(
            db.AgendaItems.Include(i => i.Meeting).Include(i => i.HelpRequest).Include(i => i.Assessments).ThenInclude(a => a.Scores),
            errors, "input.agendaItemId", id, "AgendaItem", cancellationToken);

    /// <summary>The meeting has decided the item: scores and decision are closed.</summary>
    public static AgendaItemDecidedError? CheckOpen(AgendaItem item) =>
        item.Decision is { } decided
            ? new AgendaItemDecidedError(decided, $"The meeting already decided this item ({decided.ToString().ToUpperInvariant()}); it is closed.")
            : null;
}
