namespace ContentHub.Search.Benchmarks;

/// <summary>
/// Words the synthetic corpus is made of, most frequent first within each list. An underscore
/// joins a phrase that is drawn as one word ("batch upload", "Wiki Loves Monuments").
/// </summary>
internal static class CorpusVocabulary
{
    public static readonly string[] HelpTypes =
    [
        "knowledge", "training", "resources", "hands-on", "tools", "collaboration", "capacity", "legal-licensing",
        "metadata-modelling", "upload-tooling", "impact-measurement", "partnership-strategy",
    ];

    // Ordered by how often they come up, since they are drawn Zipf-like too.
    public static readonly string[] Platforms = ["Commons", "Wikidata", "Wikipedia", "Wikisource", "Wiktionary", "Wikibooks", "Wikivoyage", "Wikiquote"];

    public static readonly string[] PartnerTypes =
        ["Museum", "Archive", "Library", "University", "Gallery", "GovernmentAgency", "ResearchInstitute", "Broadcaster", "Other"];

    public static readonly string[] CaseStatuses =
        ["Resolved", "Closed", "InProgress", "Submitted", "Triaged", "Assigned", "Prioritised", "AwaitingCommittee", "Referred", "OnHold", "Declined", "Withdrawn"];

    public static readonly string[] ArticleStatuses = ["Published", "Draft", "Archived"];

    public static readonly string[] Tags =
    [
        "commons", "metadata", "wikidata", "sweden", "tools", "copyright", "glam-outreach", "licensing", "batch-upload", "impact",
        "archives", "training", "wiki-loves-monuments", "campaigns", "partnership-agreement", "personality-rights", "public-domain",
        "usefulness", "pattypan", "openrefine", "cc0", "glamorous", "editathon", "freedom-of-panorama", "wikisource",
        "wiki-loves-earth", "structured-data", "maps", "quickstatements", "ocr", "audio-video",
    ];

    public static readonly LanguageVocabulary English = new(
        "en",
        "the of and to a in for is on that with we our it as be are this at by from have can not or they their will was an",
        "Commons Wikidata metadata upload files images museum archive collection licence Wikipedia partner photographs batch_upload " +
        "categories structured_data template Pattypan OpenRefine CC0 CC_BY-SA public_domain copyright volunteers institution " +
        "glass_plates scans digitised items properties QuickStatements spreadsheet identifiers catalogue workshop editathon " +
        "Wiki_Loves_Monuments Wiki_Loves_Earth campaign contest photographer rights agreement library heritage monuments objects " +
        "descriptions captions depicts creator date location coordinates maps manuscripts letters newspapers postcards negatives " +
        "TIFF JPEG resolution filenames duplicates validation bot API GLAMorous BaGLAMa pageviews statistics impact report usage " +
        "articles Wikisource OCR transcription affiliate chapter funding grant scanner equipment staff curator archivist librarian",
        "work project help need question time people first new want how would like some about more other could use using all " +
        "before after already year team support started problem found best way also only which when then does there these many " +
        "size limit error fails slow large small week month plan next share ask answer check",
        new()
        {
            ["knowledge"] = "advice answer guidelines policy example experience",
            ["training"] = "workshop webinar course slides exercises trainer",
            ["resources"] = "budget scanning equipment hours funding laptop",
            ["hands-on"] = "cleanup preparation session together batch review",
            ["tools"] = "Pattypan OpenRefine QuickStatements PetScan bot script",
            ["collaboration"] = "partners network joint countries exchange contacts",
            ["capacity"] = "routines roles volunteers mentoring handbook skills",
            ["legal-licensing"] = "copyright CC0 licence public_domain personality_rights agreement",
            ["metadata-modelling"] = "properties items mapping template structured_data identifiers",
            ["upload-tooling"] = "upload batch filenames duplicates validation API",
            ["impact-measurement"] = "pageviews GLAMorous BaGLAMa statistics usage report",
            ["partnership-strategy"] = "negotiation director benefits proposal meeting visibility",
        });

    public static readonly LanguageVocabulary Swedish = new(
        "sv",
        "och i att det som en på är av för med till den har de inte om ett vi kan så var från vår våra men eller ska finns alla efter",
        "Commons Wikidata metadata uppladdning filer bilder museum arkiv samling licens Wikipedia partner fotografier massuppladdning " +
        "kategorier strukturerade_data mall Pattypan OpenRefine CC0 CC_BY-SA allmän_egendom upphovsrätt frivilliga institution " +
        "glasplåtar skanningar digitaliserade objekt egenskaper QuickStatements kalkylblad identifierare katalog workshop skrivstuga " +
        "Wiki_Loves_Monuments Wiki_Loves_Earth kampanj tävling fotograf rättigheter avtal bibliotek kulturarv fornminnen föremål " +
        "beskrivningar bildtexter avbildar upphovsperson datum plats koordinater kartor handskrifter brev tidningar vykort negativ " +
        "TIFF JPEG upplösning filnamn dubbletter validering bot API GLAMorous BaGLAMa sidvisningar statistik genomslag rapport " +
        "användning artiklar Wikisource OCR transkribering förening finansiering bidrag skanner utrustning personal intendent " +
        "arkivarie bibliotekarie hembygdsförening länsmuseum Riksarkivet",
        "arbete projekt hjälp behöver fråga tid personer första nya vill hur skulle gärna några mer andra kunde använda alla " +
        "innan redan år grupp stöd började problem hittade bästa sätt också bara vilka när sedan gör där dessa många storlek " +
        "gräns fel misslyckas långsam stora små vecka månad plan nästa dela svar kontrollera",
        new()
        {
            ["knowledge"] = "råd svar riktlinjer policy exempel erfarenhet",
            ["training"] = "workshop webbinarium kurs presentation övningar utbildare",
            ["resources"] = "budget skanning utrustning timmar finansiering dator",
            ["hands-on"] = "städning förberedelse arbetspass tillsammans omgång granskning",
            ["tools"] = "Pattypan OpenRefine QuickStatements PetScan bot skript",
            ["collaboration"] = "partner nätverk gemensamt länder utbyte kontakter",
            ["capacity"] = "rutiner roller frivilliga mentorskap handbok kunskaper",
            ["legal-licensing"] = "upphovsrätt CC0 licens allmän_egendom personrätt avtal",
            ["metadata-modelling"] = "egenskaper objekt mappning mall strukturerade_data identifierare",
            ["upload-tooling"] = "uppladdning omgång filnamn dubbletter validering API",
            ["impact-measurement"] = "sidvisningar GLAMorous BaGLAMa statistik användning rapport",
            ["partnership-strategy"] = "förhandling chef fördelar förslag möte synlighet",
        });

    /// <summary>Syllables for the made-up long tail of rarer words, shared by both languages.</summary>
    public static readonly string[] TailSyllables =
        "pen hal low tor get ham mer ston wick bur ford dale mar ly ber gen vik sund holm stad berg ker lin ro sa ta ne ko".Split(' ');
}

/// <summary>One language's words: function words, domain words, general words, and per help type the words of that topic.</summary>
internal sealed record LanguageVocabulary(string Code, string Function, string Domain, string General, Dictionary<string, string> Topics);
