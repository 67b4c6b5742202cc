namespace ContentHub.Data.Experts;

/// <summary>
/// Whether an expert can take work on a day. An expert away until a date is back on that date, so
/// assignments, referrals, <c>ExpertProfile.available</c> and expert matching all read the same rule.
/// </summary>
public static class ExpertAvailability
{
    /// <summary>The day availability is judged on: today in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static bool IsAway(DateOnly? awayUntil, DateOnly today) => awayUntil is { } until && until > today;
}
