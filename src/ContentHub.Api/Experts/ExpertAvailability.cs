namespace ContentHub.Api.Experts;

/// <summary>
/// Whether an expert can take work today. An expert away until a date is back on that date, so
/// assignments, referrals and <c>ExpertProfile.available</c> all read the same rule.
/// </summary>
public static class ExpertAvailability
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static bool IsAway(DateOnly? awayUntil, TimeProvider clock) => awayUntil is { } until && until > Today(clock);
}
