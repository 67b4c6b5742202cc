using AutoMapper.QueryableExtensions;
using ContentHub.Api.Access;
using ContentHub.Api.Affiliates;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Data;
using ContentHub.Data.People;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.People;

public sealed class PersonFilterInputType : FilterInputType<Person>
{
    public PersonFilterInputType() : base("PersonFilterInput")
    {
        Filter<StringOperationFilterInputType, string>("displayName", p => p.DisplayName);
        Filter<ListStringOperationFilterInputType, List<string>>("languages", p => p.Languages);
    }
}

public sealed class PersonSortInputType : SortInputType<Person>
{
    public PersonSortInputType() : base("PersonSortInput") => Sort("displayName", p => p.DisplayName);
}

public sealed class PeopleConnectionType() : ConnectionType<PersonType, PersonModel>("People");

public static class PeopleQueries
{
    public static void AddPeopleQueries(this ObjectGraphType query) =>
        query.Connection<object?, PeopleConnectionType, PersonFilterInputType, PersonSortInputType, Person, PersonModel>(
                "people",
                async context =>
                {
                    // People are global; the list shows those who hold a role in the addressed hub.
                    var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                    return context.Get<ContentHubDbContext>().People.Where(p => p.HubRoles.Any(r => r.HubId == hubId));
                },
                p => p.Id)
            .Description("People with a role in this hub.")
            .SignedIn();
}

public sealed class PersonByIdLoader(ContentHubDbContext db, RowsByKey rows)
    : ModelByKeyLoader<Person, PersonModel>(db, rows, p => p.Id, p => p.Id);

public sealed class AffiliatesByPersonLoader(ContentHubDbContext db, IMappingConfiguration mapping) : GroupBatchLoader<int, AffiliateModel>
{
    protected override async Task<IReadOnlyList<KeyValuePair<int, AffiliateModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var rows = await db.AffiliateMemberships
            .Where(m => keys.Contains(m.PersonId))
            .Join(db.Affiliates.ProjectTo<AffiliateModel>(mapping), m => m.AffiliateId, a => a.Id, (m, a) => new { m.PersonId, Affiliate = a })
            .OrderBy(row => row.Affiliate.Name)
            .ToListAsync(cancellationToken);
        return rows.Select(row => KeyValuePair.Create(row.PersonId, row.Affiliate)).ToList();
    }
}
