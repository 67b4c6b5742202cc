using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Referrals;

/// <summary>Names exactly one of <c>expertId</c> (an external expert) and <c>organisationName</c>.</summary>
public sealed record ReferRequestInput(
    [property: Id] string RequestId, [property: Id] string? ExpertId, string? OrganisationName, string Note, int ExpectedVersion);

public sealed class ReferRequestInputType : AutoRegisteringInputObjectGraphType<ReferRequestInput>;

// The expert who answers a referral does not know the case's version, so expectedVersion is
// optional in the answers: without it the answer applies to the case as it is now.

public sealed record AcceptReferralInput([property: Id] string ReferralId, string? Note, int? ExpectedVersion);

public sealed class AcceptReferralInputType : AutoRegisteringInputObjectGraphType<AcceptReferralInput>;

public sealed record DeclineReferralInput([property: Id] string ReferralId, string Reason, int? ExpectedVersion);

public sealed class DeclineReferralInputType : AutoRegisteringInputObjectGraphType<DeclineReferralInput>;

/// <summary>The expert returns the case to the hub, finished or not; the note says how far it got.</summary>
public sealed record HandBackReferralInput([property: Id] string ReferralId, string Note, int? ExpectedVersion);

public sealed class HandBackReferralInputType : AutoRegisteringInputObjectGraphType<HandBackReferralInput>;

public sealed record CompleteReferralInput([property: Id] string ReferralId, string? Note, int? ExpectedVersion);

public sealed class CompleteReferralInputType : AutoRegisteringInputObjectGraphType<CompleteReferralInput>;
