using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Durability;

/// <summary>Who the durability tests act as when they write: the first admin of their data folder.</summary>
internal static class LoadCaller
{
    /// <summary>
    /// Runs <c>contenthub admin create</c> on the data folder, as an operator sets up a new server
    /// (it creates and seeds the database), and returns the token it prints. The token lives in the
    /// database, so one token serves every restart of the test.
    /// </summary>
    public static async Task<string> TokenAsync(string dataFolder)
    {
        var (code, output) = await ServerBinary.RunAsync(dataFolder, "admin", "create", "Durability Test Admin");
        Assert.True(code == 0, output);
        return output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith("chp_", StringComparison.Ordinal));
    }
}
