using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Usefulness;

/// <summary>
/// Figures as counted now; a later report replaces them in the totals. <c>source</c> names who or
/// what counted (a staff member, a tool). <c>filesUsedOnWikiPages</c> may exceed <c>filesUploaded</c>:
/// usage tools count files of the partner's category, including uploads from before the case.
/// The caller (a staff member, or the staff token a counting tool runs with) is recorded with them.
/// </summary>
public sealed record RecordImpactInput(
    [property: Id] string RequestId, int FilesUploaded, int FilesUsedOnWikiPages, int WikidataItemsCreated, string Source, string? SourceUrl, string? Note);

public sealed class RecordImpactInputType : AutoRegisteringInputObjectGraphType<RecordImpactInput>;
