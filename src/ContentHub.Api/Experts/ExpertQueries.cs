using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Data;
using ContentHub.Data.Experts;
using GraphQL.Types;

namespace ContentHub.Api.Experts;

public sealed class ExpertProfilesConnectionType() : ConnectionType<ExpertProfileType, ExpertProfileModel>("ExpertProfiles");

public static class ExpertQueries
{
    public static void AddExpertQueries(this ObjectGraphType query) =>
        query.Connection<object?, ExpertProfilesConnectionType, ExpertProfileFilterInputType, ExpertProfileSortInputType, ExpertProfile, ExpertProfileModel>(
                "experts",
                context => context.InHub(db => db.ExpertProfiles),
                e => e.Id)
            .Description("The hub's expert profiles, internal and external, by name unless ordered otherwise.")
            .SignedIn();
}

public sealed class ExpertByIdLoader(ContentHubDbContext db, RowsByKey rows, HubContext hub)
    : HubScopedByKeyLoader<ExpertProfile, ExpertProfileModel>(db, rows, hub, e => e.Id, e => e.Id);

public sealed class SkillsByExpertLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    // Levels are stored as readable text, so the strongest-first order is spelled out for SQL.
    : ModelsByParentLoader<ExpertSkill, ExpertSkillModel>(
        mapping, db.ExpertSkills, s => s.ExpertProfileId, s => s.ExpertProfileId, q => q.OrderByDescending(s => s.Level == SkillLevel.Expert ? 4 : s.Level == SkillLevel.Advanced ? 3 : s.Level == SkillLevel.Intermediate ? 2 : 1)
            .ThenBy(s => s.Skill!.Name));
