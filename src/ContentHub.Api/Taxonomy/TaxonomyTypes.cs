using GraphQL.Types;

namespace ContentHub.Api.Taxonomy;

public sealed class HelpTypeType : ObjectGraphType<HelpTypeModel>
{
    public HelpTypeType()
    {
        Name = "HelpType";
        Description = "A kind of help the hub offers; hubs extend their own list.";
        Field(t => t.Key).Description("Stable key used in inputs and filters, e.g. `metadata-modelling`.");
        Field(t => t.Name);
        Field(t => t.Description, nullable: true);
    }
}

public sealed class SkillType : ObjectGraphType<SkillModel>
{
    public SkillType()
    {
        Name = "Skill";
        Description = "An expertise from the hub's skill list.";
        Field(s => s.Key).Description("Stable key used in inputs, e.g. `wikidata-modelling`.");
        Field(s => s.Name);
        Field(s => s.Description, nullable: true);
    }
}
