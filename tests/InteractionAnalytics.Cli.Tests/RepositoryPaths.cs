namespace InteractionAnalytics.Cli.Tests;

/// <summary>Committed files of the repository, found from the test assembly.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string NightlySample => Path.Combine(Root, "samples", "nightly-export");

    /// <summary>
    /// A file or folder of the public data (../shared/data, or IA_SHARED_DATA); the test is ignored when it is absent, as
    /// in a clone outside the workspace.
    /// </summary>
    public static string SharedData(string relative)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("IA_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Path.Exists(Path.Combine(fromEnvironment, relative)))
        {
            return Path.Combine(fromEnvironment, relative);
        }

        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (Path.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore("The public data (shared/data) was not found above the repository and IA_SHARED_DATA is not set.");
        return string.Empty;
    }

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
