using System.Globalization;
using ContentHub.Api.GraphQL;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// The one cursor of the case event log: <c>CaseEvent.sequence</c> as it is shown, a 64-bit number
/// as a string. A client resumes after the last one it received.
/// </summary>
public static class CaseEventCursor
{
    public static string Format(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sequence of a cursor, null for none; a malformed cursor is the client's mistake.</summary>
    public static long? Parse(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        return long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new UserFacingException("INVALID_CURSOR", $"'{cursor}' is not a case event sequence; pass the `sequence` of the last event received.");
    }
}
