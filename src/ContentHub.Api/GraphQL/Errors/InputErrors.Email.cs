using ContentHub.Data;

namespace ContentHub.Api.GraphQL;

public sealed partial class InputErrors
{
    /// <summary>An address a person can be written to: one mailbox, no display name, within the column's length.</summary>
    public string? Email(string field, string? value, bool required)
    {
        var text = Text(field, value, Limits.Email, required);
        if (text is null)
        {
            return null;
        }

        if (!System.Net.Mail.MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.'))
        {
            Add(new ValidationError(field, $"'{text}' is not an email address (name@example.org)."));
            return null;
        }

        return text;
    }
}
