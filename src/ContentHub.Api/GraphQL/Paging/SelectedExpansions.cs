using System.Collections.Concurrent;
using AutoMapper.Internal;
using GraphQL;
using GraphQLParser.AST;

namespace ContentHub.Api.GraphQL.Paging;

/// <summary>
/// The read model's members that a page reads only when its selection asks for them: AutoMapper's
/// explicit expansions (a case's affiliate and campaign), each exposed as the field of the same
/// name. Read with the page's rows, through a join, they save the statement their batch loader
/// would run (two of the triage queue's eight); a field whose member was not read goes through
/// its loader as before. This is the part of HotChocolate's projections that pays for us.
/// <c>@skip</c>/<c>@include</c> are not looked at: a field they leave out is at worst read for nothing.
/// </summary>
public static class SelectedExpansions
{
    private static readonly ConcurrentDictionary<(Type Entity, Type Model), string[]> Expandable = new();

    /// <summary>The explicit expansions of the map from <typeparamref name="TEntity"/> to <typeparamref name="TModel"/> that the connection's nodes select.</summary>
    public static string[] Of<TEntity, TModel>(IResolveFieldContext connection, IMappingConfiguration mapping)
    {
        var expandable = Expandable.GetOrAdd((typeof(TEntity), typeof(TModel)), _ =>
            mapping.Internal().FindTypeMapFor<TEntity, TModel>()?.PropertyMaps.Where(map => map.ExplicitExpansion == true)
                .Select(map => map.DestinationName).ToArray() ?? []);
        if (expandable.Length == 0)
        {
            return [];
        }

        var selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var document = connection.Document;
        foreach (var node in Fields(connection.FieldAst.SelectionSet, document, "nodes")
            .Concat(Fields(connection.FieldAst.SelectionSet, document, "edges").SelectMany(edge => Fields(edge.SelectionSet, document, "node"))))
        {
            foreach (var field in Fields(node.SelectionSet, document, name: null))
            {
                selected.Add(field.Name.StringValue);
            }
        }

        return expandable.Where(selected.Contains).ToArray();
    }

    /// <summary>The fields of a selection set (through inline fragments and fragment spreads), all of them or those of one name.</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections, GraphQLDocument document, string? name)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            var nested = selection switch
            {
                GraphQLField field => name is null || field.Name.StringValue == name ? [field] : [],
                GraphQLInlineFragment inline => Fields(inline.SelectionSet, document, name),
                GraphQLFragmentSpread spread => Fields(Fragment(document, spread.FragmentName.Name)?.SelectionSet, document, name),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, GraphQLName name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(fragment => fragment.FragmentName.Name.StringValue == name.StringValue);
}
