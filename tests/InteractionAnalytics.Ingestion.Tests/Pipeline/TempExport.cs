namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>A temporary export directory and SQLite file for one test, deleted afterwards.</summary>
internal sealed class TempExport : IDisposable
{
    public TempExport()
    {
        Root = Path.Combine(Path.GetTempPath(), "ia-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "export", "transcripts"));
    }

    public string Root { get; }

    public string ExportDirectory => Path.Combine(Root, "export");

    public string DatabasePath => Path.Combine(Root, "test.db");

    public void WriteCalls(params string[] lines) => File.WriteAllText(Path.Combine(ExportDirectory, "calls.csv"), string.Join('\n', lines) + "\n");

    public void WriteTranscript(string fileName, string content) => File.WriteAllText(Path.Combine(ExportDirectory, "transcripts", fileName), content);

    public void Dispose()
    {
        // SQLite's pool may hold the file briefly; clearing it lets the directory go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; failing the test for it is not.
        }
    }
}
