using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Data.Requests;
using GraphQL.Types;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// Which case events a subscription follows. Only fields whose filters also run in memory (equality,
/// membership, comparison — no SQL LIKE), because live events are matched without a database.
/// </summary>
public sealed class CaseEventFilterInputType : FilterInputType<CaseEvent>
{
    public CaseEventFilterInputType() : base("CaseEventFilterInput")
    {
        FilterById("helpRequest", e => e.HelpRequestId, "HelpRequest");
        Filter<EnumOperationFilterInputType<EnumerationGraphType<CaseEventKind>>, CaseEventKind>("kind", e => e.Kind);
        FilterById("actor", e => e.ActorId, "Person");
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("occurredAt", e => e.OccurredAt);
    }
}
