using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Usefulness;

/// <summary>
/// Figures as counted now; a later report replaces them in the totals. <c>source</c> names who or
/// what counted (a staff member, a tool). <c>filesUsedOnWikiPages</c> may exceed <c>filesUploaded</c>:
/// usage tools count files of the partner's category, including uploads from before the case.
/// <c>recordedById</c> names the person who recorded them, when a person did; a tool leaves it out.
/// </summary>
public sealed record RecordImpactInput(
    [property: Id] string RequestId, int FilesUploaded, int FilesUsedOnWikiPages, int WikidataItemsCreated, string Source, string? SourceUrl, string? Note,
    [property: Id] string? RecordedById);

public sealed class RecordImpactInputType : AutoRegisteringInputObjectGraphType<RecordImpactInput>;
