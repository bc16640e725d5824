namespace InteractionAnalytics.Simulation.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ia-simulation-tests", Guid.NewGuid().ToString("N"));
    }

    /// <summary>The directory's path; it does not exist until something creates it.</summary>
    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
