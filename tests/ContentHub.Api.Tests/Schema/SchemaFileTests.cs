using ContentHub.Api.Composition;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Schema;

/// <summary>schema/contenthub.graphql is the reviewed contract; any schema change must update it.</summary>
public sealed class SchemaFileTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public void Running_schema_matches_the_checked_in_file()
    {
        var path = Path.Combine(RepositoryRoot.Path, "schema", "contenthub.graphql");
        var running = CommandLine.PrintSchema(server.Services);
        var checkedIn = File.ReadAllText(path).ReplaceLineEndings("\n");

        Assert.True(running == checkedIn,
            "The running schema differs from schema/contenthub.graphql. Review the change, then regenerate the file with:\n" +
            "  dotnet run --project src/ContentHub.Api -- schema export \"$PWD/schema/contenthub.graphql\"\n" +
            $"First difference at line {FirstDifferentLine(running, checkedIn)}.");
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        var line = 0;
        while (line < left.Length && line < right.Length && left[line] == right[line])
        {
            line++;
        }

        return line + 1;
    }
}
