using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// Reuses the parsed syntax tree of documents seen before (clients send the same few operations
/// over and over). Only documents that parsed and passed validation are kept, so a document from
/// here skips the spec's validation rules, which look at the document alone (a quarter of a small
/// query's time). The rules that depend on the request still run for it: they are registered for
/// cached documents too (who calls, over which transport, and the complexity, which counts page
/// sizes given in variables). As GraphQL.NET's own document cache does.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Document is null ? options.Query : null;
        if (query is not null && documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            query = null;
        }

        var result = await next(options);
        if (query is not null && result.Executed && result.Document is { } parsed)
        {
            documents.Set(query, parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return result;
    }

    public void Dispose() => documents.Dispose();
}
