using ContentHub.Api.GraphQL.Common;
using ContentHub.Data.Affiliates;
using GraphQL.Types;
using ContentHub.Api.Usefulness;

namespace ContentHub.Api.Affiliates;

public sealed class AffiliateType : ObjectGraphType<AffiliateModel>
{
    public AffiliateType()
    {
        Name = "Affiliate";
        Description = "A Wikimedia organisation (chapter, thematic organisation, user group), or a volunteer or partner acting through one.";
        this.ImplementNode(a => a.Id);
        Field(a => a.Key).Description("Stable, human-readable key, e.g. `wikimedia-sverige`.");
        Field(a => a.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<AffiliateKind>>));
        Field(a => a.Name);
        Field(a => a.CountryCode, nullable: true).Description("ISO 3166-1 alpha-2; null for international groups.");
        Field(a => a.Region, nullable: true);
        Field(a => a.Languages).Description("ISO 639 codes of the languages the affiliate works in.");
        Field(a => a.Website, nullable: true);
        Field(a => a.CreatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(a => a.UpdatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        this.AddImpactTotalsField<AffiliateModel, ImpactTotalsByAffiliateLoader>(a => a.Id);
    }
}
