using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentHub.Data.Tests.Model;

/// <summary>A foreign key whose ON DELETE action changes dependent rows when a principal row is deleted.</summary>
public sealed record CascadeEdge(string Principal, string Dependent, string ForeignKey);

/// <summary>
/// SQL Server refuses a foreign key whose ON DELETE action gives a table a second cascade path from
/// the same table, or closes a cycle (error 1785). EF does not check this and SQLite allows it, so
/// the mistake would first show on deploying to SQL Server; this walks the foreign-key graph instead.
/// </summary>
public static class CascadePaths
{
    /// <summary>
    /// Taken from the relational model's constraints, i.e. what migrations emit: ClientCascade and
    /// ClientSetNull become NO ACTION there, SetNull and Cascade become ON DELETE actions.
    /// </summary>
    public static IReadOnlyList<CascadeEdge> EdgesOf(IRelationalModel model) =>
        model.Tables
            .SelectMany(table => table.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .Select(fk => new CascadeEdge(fk.PrincipalTable.Name, fk.Table.Name, fk.Name))
            .ToList();

    /// <summary>One line per conflict, naming both paths (or the whole cycle).</summary>
    public static IReadOnlyList<string> FindConflicts(IEnumerable<CascadeEdge> edges)
    {
        var outgoing = edges.ToLookup(edge => edge.Principal);
        var conflicts = new List<string>();
        foreach (var start in outgoing.Select(group => group.Key).Order(StringComparer.Ordinal))
        {
            Walk(start, start, [], new Dictionary<string, string>(), outgoing, conflicts);
        }

        return conflicts;
    }

    private static void Walk(
        string start, string table, List<CascadeEdge> path, Dictionary<string, string> firstPathTo,
        ILookup<string, CascadeEdge> outgoing, List<string> conflicts)
    {
        foreach (var edge in outgoing[table])
        {
            path.Add(edge);
            if (edge.Dependent == start)
            {
                // Every table of a cycle would report it; only its first table (in ordinal order) does.
                if (path.All(step => string.CompareOrdinal(step.Principal, start) >= 0))
                {
                    conflicts.Add($"Cascade cycle: {Describe(start, path)}");
                }
            }
            else if (path.Take(path.Count - 1).Any(step => step.Dependent == edge.Dependent))
            {
                // A cycle that does not pass through start; it is reported when its own table is the start.
            }
            else if (firstPathTo.TryAdd(edge.Dependent, Describe(start, path)))
            {
                Walk(start, edge.Dependent, path, firstPathTo, outgoing, conflicts);
            }
            else
            {
                // Tables below a doubly reached table are doubly reached too; naming the first meeting point is enough.
                conflicts.Add($"Multiple cascade paths from {start} to {edge.Dependent}: {firstPathTo[edge.Dependent]}  and  {Describe(start, path)}");
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static string Describe(string start, IEnumerable<CascadeEdge> path) =>
        start + string.Concat(path.Select(step => $" -[{step.ForeignKey}]-> {step.Dependent}"));
}
