using System.Text.RegularExpressions;
using Dapper;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// <c>ia ingest</c> with the full nightly work (speaker roles, classification and its evidence, sentiment, resolution
/// evidence): a card number read in a transcript is in no stored text, and <c>--redact</c> selects what is replaced.
/// </summary>
public sealed partial class PrivacyEndToEndTests
{
    private const string Transcript = """
        {"call_id": "CALLID", "language": "en", "turns": [
          {"speaker": "agent", "start": 0, "end": 4, "text": "Thanks for calling, how can I help?"},
          {"speaker": "customer", "start": 5, "end": 12, "text": "I was charged twice, I want a refund to my card four one one one one one one one one one one one one one one one."},
          {"speaker": "agent", "start": 13, "end": 18, "text": "I can refund the card 4111-1111-1111-1111. Is your email still jane dot doe at example dot com?"},
          {"speaker": "customer", "start": 19, "end": 24, "text": "Yes, and call me at (555) 123-4567 if there is a problem. My social is 123-45-6789."},
          {"speaker": "agent", "start": 25, "end": 30, "text": "Done, the refund is issued. Anything else?"},
          {"speaker": "customer", "start": 31, "end": 33, "text": "No, thank you, that solved it."}
        ]}
        """;

    private static async Task<(CliRun Run, List<string> Texts)> IngestAsync(TempDirectory temp, params string[] options)
    {
        var export = temp.Combine("export");
        Directory.CreateDirectory(Path.Combine(export, "transcripts"));
        var lines = File.ReadLines(Path.Combine(RepositoryPaths.NightlySample, "calls.csv")).Take(2).ToList();
        var id = lines[1][..lines[1].IndexOf(',', StringComparison.Ordinal)];
        await File.WriteAllLinesAsync(Path.Combine(export, "calls.csv"), lines);
        await File.WriteAllTextAsync(Path.Combine(export, "transcripts", id + ".json"), Transcript.Replace("CALLID", id, StringComparison.Ordinal));

        var run = await CliRun.RunAsync(["ingest", export, "--db", temp.Database, .. options]);

        var texts = new List<string>();
        await using var database = await InteractionDatabase.OpenAsync(temp.Database, TimeProvider.System, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        foreach (var table in await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM \"{table}\""))
            {
                texts.AddRange(row.Values.OfType<string>());
            }
        }

        return (run, texts);
    }

    private static bool HoldsTheCard(string text) =>
        SeparatorsPattern().Replace(text, string.Empty).Contains("4111111111111111", StringComparison.Ordinal)
        || text.Contains("four one one one one one one one", StringComparison.Ordinal);

    [Test]
    public async Task Ingest_Default_NoStoredTextHoldsTheCardAndEvidenceIsClean()
    {
        using var temp = new TempDirectory();

        var (run, texts) = await IngestAsync(temp);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(texts.Where(HoldsTheCard), Is.Empty);
            Assert.That(texts.Where(t => t.Contains("123-4567", StringComparison.Ordinal) || t.Contains("123-45-6789", StringComparison.Ordinal)
                || t.Contains("jane dot doe", StringComparison.Ordinal)), Is.Empty);
            Assert.That(texts, Has.Some.Contains("[CARD]").And.Some.Contains("[PHONE]").And.Some.Contains("[SSN]").And.Some.Contains("[EMAIL]"));
            Assert.That(run.Output, Does.Contain("redacted     2 card numbers, 1 SSNs, 1 phone numbers, 1 e-mail addresses, 0 long spoken numbers"));
            Assert.That(texts, Has.Some.Contains("\"redact\":\"all\""), "ingest_runs.options records the setting");
        }

        var runs = await CliRun.RunAsync("runs", "--db", temp.Database);
        Assert.That(runs.Output, Does.Contain("redacted: 2 card numbers, 1 SSNs, 1 phone numbers, 1 e-mail addresses, 0 long spoken numbers"));
    }

    [Test]
    public async Task Ingest_RedactCardsOnly_OtherKindsKept()
    {
        using var temp = new TempDirectory();

        var (run, texts) = await IngestAsync(temp, "--redact", "cards");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(texts.Where(HoldsTheCard), Is.Empty);
            Assert.That(texts, Has.Some.Contains("(555) 123-4567"));
        }
    }

    [Test]
    public async Task Ingest_RedactNone_TextStoredAsRead()
    {
        using var temp = new TempDirectory();

        var (run, texts) = await IngestAsync(temp, "--redact", "none");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(texts.Where(HoldsTheCard), Is.Not.Empty);
            Assert.That(run.Output, Does.Not.Contain("redacted"));
        }
    }

    [Test]
    public async Task Ingest_UnknownRedactKind_FailsWithMessage()
    {
        using var temp = new TempDirectory();

        var (run, _) = await IngestAsync(temp, "--redact", "cards,passport");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Error, Does.Contain("--redact: unknown kind 'passport'"));
        }
    }

    [GeneratedRegex(@"(?<=\d)[ .\-](?=\d)")]
    private static partial Regex SeparatorsPattern();
}
