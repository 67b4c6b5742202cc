using System.Text;
using ContentHub.Search.Indexing;
using ContentHub.Search.Matching;
using ContentHub.Search.Querying;

namespace ContentHub.Search.Benchmarks;

/// <summary>
/// A deterministic corpus for the search benchmark: cases, articles, drafts and knowledge queries,
/// 70 % English and 30 % Swedish. Words follow a Zipf-like curve: function words, then the domain,
/// then general words, then 20,000 made-up words standing in for the long tail of rarer words and
/// names that real text has (they read oddly; to the index a word is a word). A share of each text
/// comes from the topics of its help types, so similar cases really share words.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int HubId = 1;
    public const int ExpertCount = 1_000;
    private static readonly string[] Regions = ["Northern and Western Europe", "Central and Eastern Europe and Central Asia", "Sub-Saharan Africa", "International"];
    private static readonly DateOnly Today = new(2026, 11, 24);
    private const int TailWords = 20_000;
    private readonly Random random;
    private readonly Language english;
    private readonly Language swedish;
    private readonly ZipfSampler<string> helpTypes = new(CorpusVocabulary.HelpTypes);
    private readonly ZipfSampler<string> platforms = new(CorpusVocabulary.Platforms);
    private readonly ZipfSampler<string> partnerTypes = new(CorpusVocabulary.PartnerTypes);
    private readonly ZipfSampler<string> caseStatuses = new(CorpusVocabulary.CaseStatuses);
    private readonly ZipfSampler<string> tags = new(CorpusVocabulary.Tags);
    private readonly ZipfSampler<int> resolvers = new(Enumerable.Range(1, ExpertCount).ToArray());

    public SyntheticCorpus(int seed)
    {
        random = new Random(seed);
        var syllables = CorpusVocabulary.TailSyllables;
        var tail = syllables.SelectMany(a => syllables.Select(b => a + b))
            .Concat(syllables.SelectMany(a => syllables.SelectMany(b => syllables.Select(c => a + b + c))))
            .Distinct().OrderBy(_ => random.Next()).Take(TailWords).ToArray();
        english = new Language(CorpusVocabulary.English, tail);
        swedish = new Language(CorpusVocabulary.Swedish, tail);
    }

    public IEnumerable<SearchDocument> Cases(int count)
    {
        for (var id = 1; id <= count; id++)
        {
            var (language, title, body, types) = Text();
            var status = caseStatuses.Next(random);
            var resolved = status is "Resolved" or "Closed";
            yield return new SearchDocument(DocumentKind.Case, id, HubId, language.Code, title, body, status, types, new CaseFacts(
                types, platforms.Distinct(random, random.Next(1, 3)), PartnerType(), Campaign(), random.Next(1, 41), resolved,
                resolved ? resolvers.Distinct(random, random.Next(1, 3)) : null, resolved ? Today.AddDays(-random.Next(0, 3 * 365)) : null));
        }
    }

    public IEnumerable<SearchDocument> Articles(int count)
    {
        for (var id = 1; id <= count; id++)
        {
            var (language, title, body, _) = Text();
            var status = CorpusVocabulary.ArticleStatuses[random.NextDouble() switch { < 0.8 => 0, < 0.92 => 1, _ => 2 }];
            yield return new SearchDocument(DocumentKind.Article, id, HubId, language.Code, title, body, status, tags.Distinct(random, random.Next(1, 5)));
        }
    }

    /// <summary>Requests being typed: generated like cases, never indexed.</summary>
    public List<CaseProfile> Drafts(int count) => Enumerable.Range(0, count).Select(_ =>
    {
        var (language, title, body, types) = Text();
        return new CaseProfile(HubId, null, title, body, language.Code, types, platforms.Distinct(random, random.Next(1, 3)), PartnerType(), Campaign());
    }).ToList();

    /// <summary>
    /// The hub's experts, a fifth of them external and a twentieth away: skills are help types
    /// (with levels), languages and regions vary, and a track record and open work go with each.
    /// </summary>
    public List<ExpertCandidate> Experts() => Enumerable.Range(1, ExpertCount).Select(id => new ExpertCandidate(
        id,
        Internal: random.NextDouble() < 0.8,
        ProfileText: string.Join(" ", Enumerable.Range(0, 40).Select(_ => english.Content.Next(random))),
        ProfileVersion: 1,
        helpTypes.Distinct(random, random.Next(1, 5)).ToDictionary(skill => skill, _ => random.Next(1, 5)),
        random.NextDouble() < 0.4 ? ["en", "sv"] : ["en"],
        [Regions[random.Next(Regions.Length)]],
        ResolvedCases: random.Next(0, 200),
        RecentlyResolved: random.Next(0, 40),
        OpenHours: random.Next(0, 40),
        CapacityHours: random.Next(8, 41),
        AwayUntil: random.NextDouble() < 0.05 ? Today.AddDays(30) : null)).ToList();

    /// <summary>Matching for a draft: its help types stand for the skills needed, with a new hub's weights.</summary>
    public MatchRequest MatchRequest(CaseProfile draft) =>
        new(draft, draft.HelpTypes, Regions[random.Next(Regions.Length)], Today, IncludeExternal: false, DefaultWeights);

    private static readonly MatchingWeights DefaultWeights = MatchingWeights.Of(new Data.Hubs.ExpertMatchingPolicy());

    /// <summary>
    /// Knowledge-base searches of 1–4 words, mostly of the domain and the topic (people type "Pattypan
    /// upload", seldom a rare name), a quarter of them filtered by a tag.
    /// </summary>
    public List<KnowledgeQuery> Queries(int count) => Enumerable.Range(0, count).Select(_ =>
    {
        var language = PickLanguage();
        var topic = language.Topics[helpTypes.Next(random)];
        var words = Enumerable.Range(0, random.Next(1, 5))
            .Select(_ => random.NextDouble() switch
            {
                < 0.4 => topic[random.Next(topic.Length)],
                < 0.85 => language.Content.Next(random),
                _ => language.Rare.Next(random),
            }).Distinct();
        IReadOnlyList<string> filter = random.NextDouble() < 0.25 ? [tags.Next(random)] : [];
        return new KnowledgeQuery(HubId, string.Join(' ', words).Replace('_', ' '), language.Code, filter, "Published", 0, 10);
    }).ToList();

    private (Language Language, string Title, string Body, List<string> HelpTypes) Text()
    {
        var language = PickLanguage();
        var types = helpTypes.Distinct(random, random.Next(1, 4));
        return (language, Words(language, types, random.Next(6, 13), 0.4), Words(language, types, random.Next(80, 251), 0.2), types);
    }

    private string Words(Language language, List<string> types, int count, double topicShare)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var topic = language.Topics[types[random.Next(types.Count)]];
            var word = random.NextDouble() < topicShare ? topic[random.Next(topic.Length)] : language.All.Next(random);
            text.Append(i == 0 ? "" : i % 14 == 0 ? ". " : " ").Append(word.Replace('_', ' '));
        }

        return text.Append('.').ToString();
    }

    private Language PickLanguage() => random.NextDouble() < 0.7 ? english : swedish;

    private string? PartnerType() => random.NextDouble() < 0.8 ? partnerTypes.Next(random) : null;

    private int? Campaign() => random.NextDouble() < 0.3 ? random.Next(1, 9) : null;

    private sealed class Language(LanguageVocabulary words, string[] tail)
    {
        public string Code => words.Code;

        public ZipfSampler<string> All { get; } = new([.. Split(words.Function), .. Split(words.Domain), .. Split(words.General), .. tail]);

        public ZipfSampler<string> Rare { get; } = new(tail);

        /// <summary>Domain and general words only.</summary>
        public ZipfSampler<string> Content { get; } = new([.. Split(words.Domain), .. Split(words.General)]);

        public Dictionary<string, string[]> Topics { get; } = words.Topics.ToDictionary(t => t.Key, t => Split(t.Value));

        private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
