namespace ContentHub.Api.Tests.Search;

/// <summary>A resolved case of the seed (by its exact title) and a request that says the same in other words.</summary>
public sealed record SeededCaseParaphrase(string SeededTitle, RequestText Paraphrase)
{
    public override string ToString() => SeededTitle;
}

/// <summary>Paraphrases of seeded resolved cases (seed-data/cases): what a similar-case search must catch.</summary>
public static class SeededCaseParaphrases
{
    /// <summary>case-001: Pattypan fails on TIFFs over 100 MB.</summary>
    public static readonly SeededCaseParaphrase PattypanLargeTiffs = new(
        "Pattypan keeps failing on our 300 MB lantern-slide TIFFs",
        new RequestText(
            "Pattypan upload fails for our large TIFF scans",
            "Our museum has scanned a collection of glass lantern slides as big uncompressed TIFF files, most of them around 300 MB. "
            + "Pattypan validates the spreadsheet and small files upload fine, but every TIFF over 100 MB fails after a few minutes with an error. "
            + "We want the full-resolution master files on Commons. Is there a file size limit, and which tool should we use instead of Pattypan?",
            "en", ["upload-tooling", "tools"], ["COMMONS"], "MUSEUM"));

    /// <summary>case-002: 4 000 glass plate negatives from a county museum, in Swedish.</summary>
    public static readonly SeededCaseParaphrase GlassPlateNegatives = new(
        "4 000 glasplåtsnegativ från Västerby läns museum – var börjar vi?",
        new RequestText(
            "Glasplåtsnegativ från ett länsmuseum – hur kommer vi igång?",
            "Vi samarbetar med ett länsmuseum som har omkring 4 000 glasplåtsnegativ från en fotograf som dog på 1930-talet. "
            + "Plåtarna är skannade som TIFF och metadatan finns i Carlotta, men den är ojämnt ifylld. Ska vi använda Pattypan eller "
            + "OpenRefine, hur ska filnamnen se ut och hur mycket behöver metadatan städas före uppladdningen?",
            "sv", ["upload-tooling", "metadata-modelling", "hands-on"], ["COMMONS", "WIKIDATA"], "MUSEUM"));
}
