namespace ContentHub.Data.Tests.Model;

/// <summary>The walker must find what SQL Server refuses, or the model test passes for the wrong reason.</summary>
public sealed class CascadePathsTests
{
    [Fact]
    public void A_tree_of_cascades_is_fine()
    {
        Assert.Empty(CascadePaths.FindConflicts([Edge("Hub", "Case"), Edge("Case", "Comment"), Edge("Hub", "Article")]));
    }

    [Fact]
    public void Two_routes_to_the_same_table_are_named()
    {
        var conflict = Assert.Single(CascadePaths.FindConflicts([Edge("Person", "Case"), Edge("Case", "Comment"), Edge("Person", "Comment")]));

        Assert.Equal(
            "Multiple cascade paths from Person to Comment: Person -[FK_Case_Person]-> Case -[FK_Comment_Case]-> Comment  and  Person -[FK_Comment_Person]-> Comment",
            conflict);
    }

    [Fact]
    public void Two_foreign_keys_between_the_same_tables_are_two_paths()
    {
        var conflict = Assert.Single(CascadePaths.FindConflicts([Edge("Person", "Case", "FK_Requester"), Edge("Person", "Case", "FK_Owner")]));

        Assert.Contains("FK_Requester", conflict);
        Assert.Contains("FK_Owner", conflict);
    }

    [Fact]
    public void A_cycle_is_reported_once()
    {
        var conflict = Assert.Single(CascadePaths.FindConflicts([Edge("A", "B"), Edge("B", "C"), Edge("C", "A"), Edge("C", "D")]));

        Assert.Equal("Cascade cycle: A -[FK_B_A]-> B -[FK_C_B]-> C -[FK_A_C]-> A", conflict);
    }

    [Fact]
    public void A_self_reference_is_a_cycle()
    {
        Assert.Equal(["Cascade cycle: Node -[FK_Node_Node]-> Node"], CascadePaths.FindConflicts([Edge("Node", "Node")]));
    }

    private static CascadeEdge Edge(string principal, string dependent, string? name = null) =>
        new(principal, dependent, name ?? $"FK_{dependent}_{principal}");
}
