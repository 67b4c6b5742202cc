using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Taxonomy;

public static class TaxonomyQueries
{
    public static void AddTaxonomyQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpTypeType>>>>("helpTypes")
            .Description("The hub's help types, by name.")
            .ResolveAsync(async context => await (await context.InHub(db => db.HelpTypes)).AsNoTracking().OrderBy(t => t.Name)
                .ProjectTo<HelpTypeModel>(context.Get<IMappingConfiguration>()).ToListAsync(context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillType>>>>("skills")
            .Description("The hub's skill list, by name.")
            .ResolveAsync(async context => await (await context.InHub(db => db.Skills)).AsNoTracking().OrderBy(s => s.Name)
                .ProjectTo<SkillModel>(context.Get<IMappingConfiguration>()).ToListAsync(context.CancellationToken));
    }
}
