using ContentHub.Api.Composition;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// Refuses documents whose size alone makes validation slow, before validation runs: some
/// validation rules compare selections or variables pairwise and follow every fragment spread, and
/// the parser's message for a syntax error costs the square of its line's length: the fuzz test
/// found documents of 35 to 600 kB that kept a core busy for minutes. The depth limit does not
/// see through fragments.
/// </summary>
public sealed class DocumentSizeLimits(IDocumentBuilder parser, IOptions<ContentHubOptions> options) : IConfigureExecution
{
    /// <summary>After <see cref="ParsedDocumentCache"/>, so a document seen before is not parsed again.</summary>
    public float SortOrder => 300;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var limits = options.Value.GraphQL;
        if (execution.Document is null && execution.Query is { } query)
        {
            if (query.Length > limits.MaxDocumentLength)
            {
                return Refuse($"The document has {query.Length} characters; at most {limits.MaxDocumentLength} are allowed. Send long text in variables.");
            }

            try
            {
                execution.Document = parser.Build(query);
            }
            catch (ExecutionError syntaxError)
            {
                return Task.FromResult(new ExecutionResult { Errors = [syntaxError] });
            }
            catch (GraphQLMaxDepthExceededException)
            {
                // The parser's own guard against a stack overflow; GraphQL.NET would report it as an internal error.
                return Refuse("The document nests selections or input values too deeply to parse.");
            }
        }

        return execution.Document is { } document && Problem(document, limits) is { } problem ? Refuse(problem) : next(execution);
    }

    private static Task<ExecutionResult> Refuse(string problem) =>
        Task.FromResult(new ExecutionResult { Errors = [new UserFacingException("DOCUMENT_TOO_LARGE", problem)] });

    private static string? Problem(GraphQLDocument document, GraphQLOptions limits)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        if (fragments.Count > limits.MaxFragments)
        {
            return $"The document defines {fragments.Count} fragments; at most {limits.MaxFragments} are allowed.";
        }

        var selections = document.Definitions.OfType<IHasSelectionSetNode>().Sum(definition => Count(definition.SelectionSet))
            + document.Definitions.OfType<GraphQLOperationDefinition>().Sum(operation => operation.Variables?.Count ?? 0);
        if (selections > limits.MaxSelections)
        {
            return $"The document has {selections} selections (fields, fragment spreads, variable definitions); at most {limits.MaxSelections} are allowed.";
        }

        var nesting = new FragmentNesting(fragments);
        return fragments.FirstOrDefault(fragment => nesting.Depth(fragment.FragmentName.Name.StringValue) > limits.MaxDepth) is { } deep
            ? $"Fragment '{deep.FragmentName.Name.StringValue}' spreads fragments more than {limits.MaxDepth} levels deep."
            : null;
    }

    private static int Count(GraphQLSelectionSet? selections) =>
        selections?.Selections.Sum(selection => 1 + Count((selection as IHasSelectionSetNode)?.SelectionSet)) ?? 0;

    /// <summary>How many fragments deep each fragment's spreads go; a cycle counts once (its own rule reports it).</summary>
    private sealed class FragmentNesting(List<GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> byName =
            fragments.DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue);

        private readonly Dictionary<string, int> depths = [];

        public int Depth(string name)
        {
            if (depths.TryGetValue(name, out var known))
            {
                return known;
            }

            depths[name] = 1;
            var depth = 1 + (byName.TryGetValue(name, out var fragment) ? Spreads(fragment.SelectionSet).Select(Depth).DefaultIfEmpty(0).Max() : 0);
            depths[name] = depth;
            return depth;
        }

        private static IEnumerable<string> Spreads(GraphQLSelectionSet? selections) =>
            selections?.Selections.SelectMany(selection => selection is GraphQLFragmentSpread spread
                ? [spread.FragmentName.Name.StringValue]
                : Spreads((selection as IHasSelectionSetNode)?.SelectionSet)) ?? [];
    }
}
