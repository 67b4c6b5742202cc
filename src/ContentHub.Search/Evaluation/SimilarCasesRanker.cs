using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentHub.Search.Evaluation;

/// <summary>
/// The production ranker under test: the corpus as resolved cases of one hub in a throwaway
/// <see cref="SearchIndex"/> in a temp folder, each query ranked by <see cref="SimilarCases.FindCases"/>
/// exactly as the API calls it for a draft (no structured signals, since the data has none).
/// </summary>
public sealed class SimilarCasesRanker : IQueryRanker
{
    private const int HubId = 1;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-eval", Guid.NewGuid().ToString("N"));
    private readonly string language;
    private readonly SearchIndex index;
    private readonly SimilarCases similarCases;
    private readonly List<string> corpusIds = [];

    public SimilarCasesRanker(IEnumerable<BeirText> corpus, string language)
    {
        this.language = language;
        index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
        try
        {
            foreach (var document in corpus)
            {
                corpusIds.Add(document.Id);
                // Case ids are places in the corpus, from 1 like database keys.
                index.Upsert(new SearchDocument(DocumentKind.Case, corpusIds.Count, HubId, language, document.Title, document.Text,
                    "Resolved", [], new CaseFacts([], [], null, null, 0, true)));
            }

            index.Commit(default);
        }
        catch
        {
            Dispose();
            throw;
        }

        similarCases = new SimilarCases(index);
    }

    public IReadOnlyList<string> Rank(BeirText query, int depth) => similarCases
        .FindCases(new CaseProfile(HubId, null, query.Title, query.Text, language, [], [], null, null), depth)
        .Select(hit => corpusIds[hit.Id - 1])
        .ToList();

    public void Dispose()
    {
        index.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
