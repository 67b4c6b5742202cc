using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Tests.Durability;

public static class TemporaryFolder
{
    /// <summary>Deletes a test's data folder once its servers are gone; a leftover one is harmless.</summary>
    public static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
