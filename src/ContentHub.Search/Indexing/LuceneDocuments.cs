using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ContentHub.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ContentHub.Search.Indexing;

/// <summary>
/// Turns a <see cref="SearchDocument"/> into the Lucene document the index stores. Only what a
/// search reads back is stored: ids, the facts a similar case's reason names, and an article's
/// body for its snippets. Loading one hit decompresses the whole chunk of stored fields around it,
/// and 100k cases' stored texts were 97 MB of a 160 MB index, 65 MB of it mapped into the
/// server by a load run's random hits; a case's text comes from the database.
/// </summary>
public static class LuceneDocuments
{
    public static Document From(SearchDocument source, long fingerprint)
    {
        var suffix = LanguageFields.SuffixFor(source.Language);
        var document = new Document
        {
            new StringField(SearchFields.Uid, source.Uid, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Fingerprint, fingerprint),
            new StringField(SearchFields.Kind, source.Kind.ToString(), Field.Store.NO),
            new StringField(SearchFields.Id, Text(source.Id), Field.Store.YES),
            // Doc values too: aggregations over many hits (expert matching) read ids without loading documents.
            new NumericDocValuesField(SearchFields.Id, source.Id),
            new StringField(SearchFields.Hub, Text(source.HubId), Field.Store.NO),
            new StringField(SearchFields.Language, source.Language, Field.Store.YES),
            new StringField(SearchFields.Status, source.Status, Field.Store.NO),
            new TextField(LanguageFields.Title(suffix), source.Title, Field.Store.NO),
            new TextField(LanguageFields.Body(suffix), source.Body, Field.Store.NO),
            new TextField(LanguageFields.Title(LanguageFields.Neutral), source.Title, Field.Store.NO),
            new TextField(LanguageFields.Body(LanguageFields.Neutral), source.Body, Field.Store.NO),
        };
        if (source.Kind == DocumentKind.Article)
        {
            // Kept for the knowledge base's snippets, so a search needs no database round trip.
            document.Add(new StoredField(SearchFields.StoredBody, source.Body));
        }

        foreach (var tag in source.Tags)
        {
            document.Add(new StringField(SearchFields.Tag, tag, Field.Store.NO));
            // Doc values let a collector count tags over every hit without loading documents.
            document.Add(new SortedSetDocValuesField(SearchFields.Tag, new BytesRef(tag)));
        }

        if (source.Case is { } facts)
        {
            AddAll(document, SearchFields.HelpType, facts.HelpTypes, Field.Store.YES);
            AddAll(document, SearchFields.Platform, facts.Platforms, Field.Store.NO);
            if (facts.PartnerType is { } partnerType)
            {
                document.Add(new StringField(SearchFields.PartnerType, partnerType, Field.Store.YES));
            }

            if (facts.CampaignId is { } campaign)
            {
                document.Add(new StringField(SearchFields.Campaign, Text(campaign), Field.Store.YES));
            }

            document.Add(new StringField(SearchFields.Affiliate, Text(facts.AffiliateId), Field.Store.NO));
            document.Add(new StringField(SearchFields.Resolved, facts.Resolved ? "true" : "false", Field.Store.YES));
            foreach (var expert in facts.ResolvedBy ?? [])
            {
                // Doc values: matching reads the resolvers of a hundred hits per request without loading documents.
                document.Add(new SortedSetDocValuesField(SearchFields.ResolvedBy, new BytesRef(Text(expert))));
            }

            if (facts.ResolvedOn is { } resolvedOn)
            {
                document.Add(new NumericDocValuesField(SearchFields.ResolvedOn, resolvedOn.DayNumber));
            }
        }

        return document;
    }

    /// <summary>
    /// A hash of all a document is built from (the record as JSON, through SHA-256): equal
    /// fingerprints mean the index would get the same Lucene document again.
    /// </summary>
    public static long Fingerprint(SearchDocument source) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(source)));

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddAll(Document document, string field, IEnumerable<string> values, Field.Store store)
    {
        foreach (var value in values)
        {
            document.Add(new StringField(field, value, store));
        }
    }
}
