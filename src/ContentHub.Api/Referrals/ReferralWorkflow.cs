using ContentHub.Data.Requests;
using static ContentHub.Data.Requests.ReferralState;

namespace ContentHub.Api.Referrals;

/// <summary>
/// The moves a referral may make: the expert accepts or declines a proposal; an accepted referral
/// ends completed, or handed back to the hub (finished or not). Every referral command asks here.
/// </summary>
public static class ReferralWorkflow
{
    private static readonly Dictionary<ReferralState, ReferralState[]> Moves = new()
    {
        [Proposed] = [Accepted, Declined],
        [Accepted] = [HandedBack, Completed],
        [Declined] = [],
        [HandedBack] = [],
        [Completed] = [],
    };

    /// <summary>States in which the referred expert or organisation is on the case.</summary>
    public static readonly ReferralState[] Open = [Proposed, Accepted];

    /// <summary>The typed error for a move the table does not allow, or null when it does.</summary>
    public static InvalidReferralTransitionError? Check(ReferralState from, ReferralState to) =>
        Moves[from].Contains(to) ? null : new InvalidReferralTransitionError(from, to, $"A referral that is {Words(from)} cannot be {Words(to)}.");

    private static string Words(ReferralState state) => state == HandedBack ? "handed back" : state.ToString().ToLowerInvariant();
}
