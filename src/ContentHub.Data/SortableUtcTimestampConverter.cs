using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContentHub.Data;

/// <summary>
/// Stores a timestamp as fixed-width UTC ISO 8601 text, so string order is time order in SQLite and
/// the column stays readable.
/// </summary>
public sealed class SortableUtcTimestampConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
    text => DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
}
