namespace InteractionAnalytics.Core.Tests.Sentiment;

/// <summary>
/// Reads the tab-separated fixtures kept next to these tests. They are not copied to the output folder, so they are
/// found by walking up from the test assembly's folder (artifacts/bin/...) to the repository.
/// </summary>
internal static class SentimentFixtures
{
    private const string FolderInRepository = "tests/InteractionAnalytics.Core.Tests/Sentiment";

    /// <summary>The two columns of every non-comment line of <paramref name="fileName"/>.</summary>
    public static IReadOnlyList<(string First, string Second)> ReadPairs(string fileName)
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(Find(fileName)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            Assert.That(tab, Is.GreaterThan(0), $"{fileName}: '{line}' is not two tab-separated columns");
            rows.Add((line[..tab], line[(tab + 1)..]));
        }

        return rows;
    }

    private static string Find(string fileName)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderInRepository, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{FolderInRepository}/{fileName} was not found above {TestContext.CurrentContext.TestDirectory}.");
    }
}
