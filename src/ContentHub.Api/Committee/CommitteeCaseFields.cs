using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Committee;

/// <summary>What a case shows of the committee's work on it: the agenda items, with their public decisions and rationales.</summary>
public static class CommitteeCaseFields
{
    public static void AddCommitteeFields(this ObjectGraphType<HelpRequestModel> request) =>
        request.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaItemType>>>>("agendaItems")
            .Description("The committee meetings that had the case on their agenda, oldest first, with each decision and its public rationale.")
            .ShortList(2)
            .Resolve(context => context.Get<AgendaByRequestLoader>().Load(context.Source.Id));
}
