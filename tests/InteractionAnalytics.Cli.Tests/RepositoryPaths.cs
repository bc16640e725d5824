namespace InteractionAnalytics.Cli.Tests;

/// <summary>Committed files of the repository, found from the test assembly.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string NightlySample => Path.Combine(Root, "samples", "nightly-export");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InteractionAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("InteractionAnalytics.sln not found");
    }
}
