namespace ContentHub.Data.Tests.Infrastructure;

/// <summary>The checkout the tests run from (the folder holding ContentHub.sln).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ContentHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find ContentHub.sln above " + AppContext.BaseDirectory);
    }
}
