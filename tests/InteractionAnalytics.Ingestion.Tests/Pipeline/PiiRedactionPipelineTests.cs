using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Tests.Calls;
using InteractionAnalytics.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>
/// Ingests an export full of card numbers (in transcripts of three formats, in calls.csv's free text, in rejected
/// lines) through the real pipeline into a real SQLite file, then scans every text value of every table.
/// </summary>
public sealed class PiiRedactionPipelineTests
{
    private const string Header = CallsCsvReaderTests.Header;

    /// <summary>Issuers' published test numbers: Visa (16 and 13 digits), Mastercard (both series), Amex, Discover, JCB, Diners, UnionPay.</summary>
    private static readonly string[] Cards =
    [
        "4111111111111111", "4012888888881881", "4222222222222", "5555555555554444", "5105105105105100", "2223003122003222",
        "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505",
        "30569309025904", "38520000023237", "6200000000000005",
    ];

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static string Row(string id, string disposition, string ended = "2026-11-17T09:07:00-05:00", string team = "North") =>
        $"{id},CU-{id},A1,{team},billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,{ended},20,40,300,60,1,45,0,false,{disposition}";

    private static string Spoken(string digits, string between = " ") => string.Join(between, digits.Select(d => Words[d - '0']));

    private static string Grouped(string digits, string separator) =>
        string.Join(separator, Enumerable.Range(0, (digits.Length + 3) / 4).Select(i => digits.Substring(i * 4, Math.Min(4, digits.Length - (i * 4)))));

    /// <summary>Every card in every style: digits with separators, digit words, "oh", commas, fillers, mixed.</summary>
    private static List<string> CardSentences()
    {
        var sentences = new List<string>();
        foreach (var card in Cards)
        {
            sentences.Add($"my card number is {card}.");
            sentences.Add($"it's {Grouped(card, " ")} and it expires 09/28");
            sentences.Add($"card {Grouped(card, "-")}, cvv 123");
            sentences.Add($"the number is {Grouped(card, ".")}");
            sentences.Add($"okay so {Spoken(card)} that's it");
            sentences.Add($"sure, {string.Join(", ", Grouped(card, " ").Split(' ').Select(g => Spoken(g)))}.");
            sentences.Add($"um {Spoken(card).Replace("zero", "oh", StringComparison.Ordinal)}");
            sentences.Add($"{string.Join(" uh ", Grouped(card, " ").Split(' ').Select(g => Spoken(g)))} right");
            sentences.Add($"it's {card[..4]} {Spoken(card[4..])} yes");
            sentences.Add($"{string.Join(" and then ", Grouped(card, " ").Split(' ').Select(g => Spoken(g, "-")))}");
        }

        return sentences;
    }

    private static string OurJson(string callId, IEnumerable<(string Speaker, string Text)> turns)
    {
        var time = 0.0;
        var list = turns.Select(t => new Dictionary<string, object> { ["speaker"] = t.Speaker, ["start"] = time, ["end"] = time += 3, ["text"] = t.Text }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["call_id"] = callId, ["language"] = "en", ["turns"] = list });
    }

    private static string AzureSpeech(IEnumerable<string> phrases) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["recognizedPhrases"] = phrases.Select((text, i) => new Dictionary<string, object>
        {
            ["recognitionStatus"] = "Success",
            ["channel"] = 0,
            ["speaker"] = (i % 2) + 1,
            ["offsetInTicks"] = i * 30_000_000L,
            ["durationInTicks"] = 25_000_000L,
            ["nBest"] = new[] { new Dictionary<string, object> { ["display"] = text } },
        }).ToList(),
    });

    /// <summary>The export: cards in three transcript formats, in calls.csv's free text, and in rejected lines.</summary>
    private static void WriteExport(TempExport export)
    {
        var sentences = CardSentences();
        export.WriteCalls(
            Header,
            Row("C1", "\"paid with 4111 1111 1111 1111, resolved\""),
            Row("C2", "card five five five five five five five five five five five five four four four four"),
            Row("C3", "resolved", team: "3782-822463-10005"),
            Row("C4", "resolved"),
            Row("C5", "card 6011 1111 1111 1117", ended: "not-a-time"),
            "C6,CU6,A1,bad line with card 5105105105105100",
            "C7,\"unclosed quote 4012 8888 8888 1881");

        // Our JSON: the customer reads every card, the agent repeats some; the last card is split over two customer turns.
        var turns = sentences.Select((s, i) => (i % 3 == 2 ? "agent" : "customer", s)).ToList();
        turns.Add(("customer", "it's four one one one one one one one"));
        turns.Add(("agent", "okay"));
        turns.Add(("customer", "one one one one one one one one"));
        export.WriteTranscript("C1.json", OurJson("C1", turns));
        export.WriteTranscript("C2.txt", string.Join('\n', sentences.Select((s, i) => $"{(i % 2 == 0 ? "Customer" : "Agent")}: {s}")));
        export.WriteTranscript("C3.json", AzureSpeech(sentences));
        export.WriteTranscript("C99.txt", "Customer: my card is 4111 1111 1111 1111");
    }

    private static async Task<IngestRunSummary> IngestAsync(TempExport export, RedactionOptions redaction)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        var pipeline = new IngestPipeline(db.IngestStore, new FakeTimeProvider(), NullLogger<IngestPipeline>.Instance);
        return await pipeline.RunAsync(new IngestRequest { ExportDirectory = export.ExportDirectory, Redaction = redaction }, null, CancellationToken.None);
    }

    private static async Task<long> CountAsync(TempExport export, string sql)
    {
        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Test]
    public async Task RunAsync_ExportFullOfCardNumbers_NoCardNumberStoredAnywhere()
    {
        using var export = new TempExport();
        WriteExport(export);

        var summary = await IngestAsync(export, RedactionOptions.All);
        var leaks = await StoredTextScanner.FindCardNumbersAsync(export.DatabasePath);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(leaks, Is.Empty, "card numbers or spoken digit runs in the database");
            Assert.That((summary.Contacts.Stored, summary.Contacts.Rejected), Is.EqualTo((4L, 3L)), "contacts stored, rejected");
            Assert.That((summary.Transcripts.Stored, summary.Transcripts.Rejected), Is.EqualTo((3L, 1L)), "transcripts stored, rejected");
            Assert.That(await CountAsync(export, "SELECT COUNT(*) FROM transcripts WHERE format = 'azure-speech'"), Is.EqualTo(1));
            Assert.That(await CountAsync(export, "SELECT COUNT(*) FROM transcript_turns WHERE text LIKE '%[CARD]%'"), Is.GreaterThanOrEqualTo(3 * CardSentences().Count));
            Assert.That(await CountAsync(export, "SELECT COUNT(*) FROM contacts WHERE disposition LIKE '%[CARD]%' OR team LIKE '%[CARD]%'"), Is.EqualTo(3));
            Assert.That(await CountAsync(export, "SELECT COUNT(*) FROM rejects WHERE raw LIKE '%[CARD]%'"), Is.EqualTo(3));
            Assert.That(summary.Redactions.Cards, Is.GreaterThanOrEqualTo((3 * CardSentences().Count) + 1 + 3 + 3));
            Assert.That(await CountAsync(export, "SELECT redacted_cards FROM ingest_runs"), Is.EqualTo(summary.Redactions.Cards), "ingest_runs.redacted_cards");
        }
    }

    [Test]
    public async Task RunAsync_CardSplitOverTwoCustomerTurns_BothHalvesRedacted()
    {
        using var export = new TempExport();
        WriteExport(export);

        await IngestAsync(export, RedactionOptions.All);

        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var last = await connection.QueryAsync<string>("SELECT text FROM transcript_turns WHERE call_id = 'C1' ORDER BY turn_index DESC LIMIT 3");
        Assert.That(last, Is.EqualTo(new[] { "[CARD]", "okay", "it's [CARD]" }));
    }

    [Test]
    public async Task RunAsync_CardCutByTheRawLimit_NoDigitsOfItKept()
    {
        // The rejected line's raw text is cut at 4,096 characters, in the middle of the card: "4111 1111 11" would be left.
        using var export = new TempExport();
        var prefix = "C8,CU8," + new string('x', RejectedRecord.MaxRawLength - 7 - 10);
        export.WriteCalls(Header, prefix + " 4111 1111 1111 1111 and more");

        await IngestAsync(export, RedactionOptions.All);

        await using var db = await InteractionDatabase.OpenAsync(export.DatabasePath, new FakeTimeProvider(), CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var raw = await connection.ExecuteScalarAsync<string>("SELECT raw FROM rejects");
        Assert.That(raw, Is.EqualTo(prefix + "\u2026"));
    }

    [Test]
    public async Task RunAsync_RedactNone_TheScanFindsTheCards()
    {
        // The scan must be able to fail: with redaction off, the same export leaves every card in the database.
        using var export = new TempExport();
        WriteExport(export);

        var summary = await IngestAsync(export, RedactionOptions.None);
        var leaks = await StoredTextScanner.FindCardNumbersAsync(export.DatabasePath);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(leaks, Has.Count.GreaterThan(CardSentences().Count));
            Assert.That(summary.Redactions.Total, Is.Zero);
            Assert.That(await CountAsync(export, "SELECT COUNT(*) FROM transcript_turns WHERE text LIKE '%[CARD]%'"), Is.Zero);
        }
    }
}
