namespace ContentHub.Api.Tests.Durability;

/// <summary>Who the durability tests act as when they write.</summary>
internal static class LoadCaller
{
    // AUTH: mutations will need an authenticated caller. Once `contenthub admin create "Name"` exists,
    // run it on the data folder (the server binary, as BackupRestoreTests runs `backup`) and return the
    // token it prints; ServerProcess sends it as `Authorization: Bearer` on every request. The token
    // lives in the database, so one token serves every restart of the test.
    public static Task<string?> TokenAsync(string dataFolder) => Task.FromResult<string?>(null);
}
