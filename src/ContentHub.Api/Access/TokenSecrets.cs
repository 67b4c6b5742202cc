using System.Security.Cryptography;
using System.Text;

namespace ContentHub.Api.Access;

/// <summary>
/// Access token secrets: 32 random bytes behind a recognisable prefix (so secret scanners and people
/// can tell one when they see it). They are stored as SHA-256: a secret of 256 random bits needs no
/// slow password hash, and one indexed lookup per request stays cheap.
/// </summary>
public static class TokenSecrets
{
    public const string Prefix = "chp_";

    public static (string Secret, string Hash, string Hint) Create()
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, Hash(secret), secret[..(Prefix.Length + 6)]);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksLikeOne(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);
}
