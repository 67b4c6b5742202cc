namespace ContentHub.Data.Usefulness;

/// <summary>Where content from a partnership will be used on the wikis; a request may name several.</summary>
public enum IntendedUse
{
    WikipediaArticles,
    WikidataItems,
    Campaign,
    CommonsCategories,
    WikisourceTranscription,
    Other,
}

/// <summary>How far the content's licence is settled; Commons takes only free licences and the public domain.</summary>
public enum LicenceStatus
{
    Unknown,
    InNegotiation,
    ConfirmedFreeLicence,
    PublicDomain,
    NotFree,
}

/// <summary>How good the descriptions that come with the content are; structured data can go straight to Wikidata.</summary>
public enum MetadataQuality
{
    Unknown,
    Poor,
    Partial,
    Good,
    Structured,
}
