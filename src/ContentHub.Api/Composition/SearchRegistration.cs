using ContentHub.Search.Indexing;
using ContentHub.Search.Matching;
using ContentHub.Search.Querying;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Composition;

public static class SearchRegistration
{
    /// <summary>The Lucene index under the data folder, its one background writer, and the searches.</summary>
    public static IHostApplicationBuilder AddContentHubSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(provider => new SearchIndex(
            Path.Combine(provider.GetRequiredService<IOptions<ContentHubOptions>>().Value.ResolveDataFolder(), "index"),
            provider.GetRequiredService<ILogger<SearchIndex>>()));
        services.AddSingleton<IndexFeed>();
        services.AddSingleton<ILogWriteListener>(provider => provider.GetRequiredService<IndexFeed>());
        services.AddSingleton<IInterceptor, LogWriteObserver>();
        services.AddSingleton<IndexWriterService>();
        services.AddHostedService(provider => provider.GetRequiredService<IndexWriterService>());
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<SimilarCases>();
        services.AddSingleton<ExpertMatcher>();
        return builder;
    }
}
