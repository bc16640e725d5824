namespace InteractionAnalytics.Ingestion.Tests;

/// <summary>Where the repository's committed files are, found from the test assembly's location.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InteractionAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InteractionAnalytics.sln not found above " + AppContext.BaseDirectory);
    }
}
