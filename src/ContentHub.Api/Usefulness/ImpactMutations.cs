using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.Usefulness;

public sealed class RecordImpactPayloadType() : PayloadType<ImpactReportType, ImpactReportModel>(
    "RecordImpact", "impactReport", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(CaseNotFinishedErrorType));

public static class ImpactMutations
{
    public static void AddImpactMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RecordImpactInputType, RecordImpactPayloadType, RecordImpactInput>(
            "recordImpact", "Records what a resolved or closed case achieved on the wikis (by staff or a counting tool); the latest report counts.",
            async (context, input) => await context.Get<ImpactCommands>().RecordAsync(input, context.CancellationToken));
}
