using ContentHub.Api.GraphQL;
using ContentHub.Data.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Referrals;

/// <summary>The referral's current state does not allow this step. Same code as a case's invalid transition; the type tells them apart.</summary>
public sealed record InvalidReferralTransitionError(ReferralState From, ReferralState To, string Message) : MutationError(Message)
{
    public override string Code => "INVALID_TRANSITION";
}

public sealed class InvalidReferralTransitionErrorType : ErrorType<InvalidReferralTransitionError>
{
    public InvalidReferralTransitionErrorType() : base("The referral's current state does not allow this step.")
    {
        Field(e => e.From, type: typeof(NonNullGraphType<EnumerationGraphType<ReferralState>>)).Description("The referral's state now.");
        Field(e => e.To, type: typeof(NonNullGraphType<EnumerationGraphType<ReferralState>>)).Description("The state the step would lead to.");
    }
}
