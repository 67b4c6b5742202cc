using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.People;
using ContentHub.Api.Requests;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Usefulness;

public sealed class ImpactReportType : ObjectGraphType<ImpactReportModel>
{
    public ImpactReportType()
    {
        Name = "ImpactReport";
        Description = "What a finished case achieved on the wikis, as counted at one moment by staff or a tool.";
        Field<NonNullGraphType<HelpRequestType>>("helpRequest").Resolve(context => context.Get<HelpRequestByIdLoader>().Load(context.Source.HelpRequestId));
        Field(r => r.FilesUploaded);
        Field(r => r.FilesUsedOnWikiPages).Description("Distinct files used on at least one wiki page; may include files uploaded before the case.");
        Field(r => r.WikidataItemsCreated);
        Field(r => r.Source).Description("Who or what counted: a staff member or a tool.");
        Field(r => r.SourceUrl, nullable: true).Description("Where the figures can be checked, e.g. a GLAMorous report.");
        Field(r => r.Note, nullable: true);
        Field<PersonType>("recordedBy").Description("The person who recorded the figures; null when a tool did.")
            .Resolve(context => context.Source.RecordedById is { } id ? context.Get<PersonByIdLoader>().Load(id) : null);
        Field(r => r.RecordedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
    }
}

public sealed class CaseImpactType : ObjectGraphType<CaseImpact>
{
    public CaseImpactType()
    {
        Name = "CaseImpact";
        Field<ImpactReportType>("latest").Description("The figures that count; null until the first report.").Resolve(context => context.Source.Latest);
        Field(i => i.History, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ImpactReportType>>>)).Description("Every report, newest first.");
    }
}

public sealed class ImpactTotalsType : ObjectGraphType<ImpactTotals>
{
    public ImpactTotalsType()
    {
        Name = "ImpactTotals";
        Description = "Sums over the latest impact report of each case of the addressed hub; cases without a report count nothing.";
        Field(t => t.CasesReported).Description("Cases with at least one impact report.");
        Field(t => t.FilesUploaded);
        Field(t => t.FilesUsedOnWikiPages);
        Field(t => t.WikidataItemsCreated);
    }
}

public static class ImpactTotalsFields
{
    /// <summary>An <c>impact</c> field on a group of cases (affiliate, campaign, hub), batched by <typeparamref name="TLoader"/>.</summary>
    public static void AddImpactTotalsField<TModel, TLoader>(this ObjectGraphType<TModel> group, Func<TModel, int> id)
        where TLoader : ImpactTotalsLoader =>
        group.Field<NonNullGraphType<ImpactTotalsType>>("impact")
            .Description("Impact figures of the addressed hub's cases in this group (affiliate, campaign, hub), from the latest report of each case.")
            .Resolve(context => context.Get<TLoader>().Load(id(context.Source)));
}
