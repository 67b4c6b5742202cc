namespace ContentHub.Data;

/// <summary>
/// Column lengths, shared by the EF model and input validation so the two never disagree.
/// Indexed columns stay well under SQL Server's 1,700-byte nonclustered key limit.
/// </summary>
public static class Limits
{
    public const int Key = 80;
    public const int Name = 200;
    public const int Title = 300;
    public const int Email = 254;
    public const int Url = 500;
    public const int LanguageCode = 12;
    public const int CountryCode = 2;
    public const int Region = 80;
    public const int Enum = 40;
    public const int Summary = 2_000;
    public const int Description = 20_000;
    public const int Comment = 10_000;
    public const int ArticleBody = 100_000;
    public const int WikidataId = 20;
    public const int IdempotencyKey = 100;
}
