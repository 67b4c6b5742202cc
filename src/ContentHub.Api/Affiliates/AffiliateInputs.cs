using ContentHub.Data.Affiliates;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Affiliates;

public sealed record CreateAffiliateInput(
    string Key, AffiliateKind Kind, string Name, string? CountryCode, string? Region, List<string>? Languages, string? Website);

public sealed class CreateAffiliateInputType : AutoRegisteringInputObjectGraphType<CreateAffiliateInput>;

/// <summary>Fields left out (null) stay as they are; an empty string clears an optional text field.</summary>
public sealed record UpdateAffiliateInput(
    [property: Id] string Id, AffiliateKind? Kind, string? Name, string? CountryCode, string? Region, List<string>? Languages, string? Website);

public sealed class UpdateAffiliateInputType : AutoRegisteringInputObjectGraphType<UpdateAffiliateInput>;
