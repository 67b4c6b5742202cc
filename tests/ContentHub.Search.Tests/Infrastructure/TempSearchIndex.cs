using ContentHub.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentHub.Search.Tests.Infrastructure;

/// <summary>A real index on disk in a fresh temp folder, closed and deleted on dispose.</summary>
public sealed class TempSearchIndex : IDisposable
{
    private readonly TempFolder folder = new();

    public TempSearchIndex() => Index = new SearchIndex(folder.Path, NullLogger<SearchIndex>.Instance);

    public SearchIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
