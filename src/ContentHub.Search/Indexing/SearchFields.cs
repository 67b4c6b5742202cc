namespace ContentHub.Search.Indexing;

/// <summary>Names of the non-text fields, shared by indexing and querying.</summary>
public static class SearchFields
{
    public const string Uid = "uid";
    public const string Kind = "kind";
    public const string Id = "id";
    public const string Hub = "hub";
    public const string Language = "lang";
    public const string Status = "status";
    public const string Tag = "tag";
    public const string HelpType = "helptype";
    public const string Platform = "platform";
    public const string PartnerType = "partnertype";
    public const string Campaign = "campaign";
    public const string Affiliate = "affiliate";
    public const string Resolved = "resolved";
    public const string ResolvedBy = "resolvedby";
    public const string ResolvedOn = "resolvedon";

    /// <summary>An article's body as written, for snippets (a case's text is read from the database).</summary>
    public const string StoredBody = "body_text";

    /// <summary>A hash of everything a document was built from, to skip rewriting it unchanged.</summary>
    public const string Fingerprint = "fingerprint";
}
