using System.Text.RegularExpressions;
using ContentHub.Api.GraphQL.Common;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// Collects every problem of a mutation's input before anything is written, so the caller hears
/// about all of them at once and a failed mutation changes nothing.
/// </summary>
public sealed partial class InputErrors
{
    private readonly List<MutationError> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyList<MutationError> All => errors;

    public void Add(MutationError error) => errors.Add(error);

    /// <summary>Trimmed text; required text may not be blank, and no text may exceed its column.</summary>
    public string? Text(string field, string? value, int maxLength, bool required)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                errors.Add(new ValidationError(field, $"{field} is required."));
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(new ValidationError(field, $"{field} may be at most {maxLength} characters; it has {trimmed.Length}."));
        }

        return trimmed;
    }

    /// <summary>
    /// Text kept exactly as written (Markdown: leading indentation is a code block); only a blank
    /// value counts as missing.
    /// </summary>
    public string? Markdown(string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Text(field, null, maxLength, required);
        }

        if (value.Length > maxLength)
        {
            errors.Add(new ValidationError(field, $"{field} may be at most {maxLength} characters; it has {value.Length}."));
        }

        return value;
    }

    public string? LanguageCode(string field, string? value, bool required)
    {
        var code = Text(field, value, Data.Limits.LanguageCode, required)?.ToLowerInvariant();
        if (code is not null && !LanguagePattern().IsMatch(code))
        {
            errors.Add(new ValidationError(field, $"'{value}' is not an ISO 639 language code such as 'sv' or 'en'."));
        }

        return code;
    }

    public List<string> LanguageCodes(string field, IEnumerable<string>? values) =>
        (values ?? []).Select((value, index) => LanguageCode($"{field}[{index}]", value, required: true)).OfType<string>().Distinct().ToList();

    public string? CountryCode(string field, string? value)
    {
        var code = Text(field, value, Data.Limits.CountryCode, required: false)?.ToUpperInvariant();
        if (code is not null && !CountryPattern().IsMatch(code))
        {
            errors.Add(new ValidationError(field, $"'{value}' is not an ISO 3166-1 alpha-2 country code such as 'SE'."));
        }

        return code;
    }

    /// <summary>An absolute http(s) URL, since it is shown to people as a link.</summary>
    public string? Url(string field, string? value)
    {
        var text = Text(field, value, Data.Limits.Url, required: false);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add(new ValidationError(field, $"{field} must be an absolute http or https URL."));
        }

        return text;
    }

    public string? Key(string field, string? value)
    {
        var key = Text(field, value, Data.Limits.Key, required: true);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            errors.Add(new ValidationError(field, $"{field} must be lower-case letters, digits and single hyphens, e.g. 'wikimedia-sverige'."));
        }

        return key;
    }

    public int? Range(string field, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max))
        {
            errors.Add(new ValidationError(field, $"{field} must be between {min} and {max}."));
        }

        return value;
    }

    public double? Range(string field, double? value, double min, double max)
    {
        if (value is { } number && (double.IsNaN(number) || number < min || number > max))
        {
            errors.Add(new ValidationError(field, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}.")));
        }

        return value;
    }

    /// <summary>
    /// A calendar date at most <paramref name="yearsBack"/> years before and <paramref name="yearsAhead"/>
    /// after <paramref name="today"/>: 0001-01-01 or 9999-12-31 is a slip of the keyboard, not a plan.
    /// </summary>
    public DateOnly? Date(string field, DateOnly? value, DateOnly today, int yearsBack, int yearsAhead)
    {
        var (earliest, latest) = (today.AddYears(-yearsBack), today.AddYears(yearsAhead));
        if (value is { } date && (date < earliest || date > latest))
        {
            errors.Add(new ValidationError(field, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{field} must lie between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}; it is {date:yyyy-MM-dd}.")));
        }

        return value;
    }

    /// <summary>The key of a global ID that must name a <paramref name="typeName"/>; a NotFoundError otherwise.</summary>
    public int? Id(string field, string? id, string typeName)
    {
        if (id is null)
        {
            return null;
        }

        if (GlobalId.KeyOf(id, typeName) is { } key)
        {
            return key;
        }

        errors.Add(new NotFoundError(field, id, $"{field} must hold the ID of one {typeName}; this ID is not one."));
        return null;
    }

    public void NotFound(string field, string id, string typeName) =>
        errors.Add(new NotFoundError(field, id, $"There is no {typeName} with ID '{id}' in this hub."));

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
