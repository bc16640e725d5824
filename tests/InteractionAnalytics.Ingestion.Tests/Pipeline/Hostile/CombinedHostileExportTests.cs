using System.Text;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline.Hostile;

/// <summary>Every hostile case of <see cref="HostileInputTests"/> in one export at once, run twice: the invariants hold over the whole run.</summary>
public sealed class CombinedHostileExportTests
{
    [Test]
    public async Task EveryHostileCaseAtOnce_InvariantsHoldAndRerunIsExact()
    {
        using var export = new HostileExport();
        var goodContacts = new List<string>(HostileExport.GoodIds);
        var goodTranscripts = new List<string>(HostileExport.GoodIds);
        var rejectedKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var rejectedFiles = new Dictionary<string, string>(StringComparer.Ordinal);

        void Good(string id, bool withTranscript = false)
        {
            export.AddLine(HostileExport.Row(id));
            goodContacts.Add(id);
            if (withTranscript)
            {
                goodTranscripts.Add(id);
            }
        }

        // calls.csv
        export.AddLine("X1,\"CU9,A1,North");
        rejectedFiles["calls.csv#X1"] = "malformed CSV";
        export.AddLine("X2,CU1,A1");
        rejectedKeys["X2"] = "row has 3 fields; the header has 19";
        export.AddLine(HostileExport.Row("X3", talk: "999999"));
        rejectedKeys["X3"] = "more than 86,400 s (24 h) is not credible";
        export.AddLine(HostileExport.Row("X4", talk: "-5"));
        rejectedKeys["X4"] = "talk_seconds is negative (-5)";
        export.AddLine(HostileExport.Row("X5", ended: "2026-11-17T08:00:00-05:00"));
        rejectedKeys["X5"] = "is before started_at";
        export.AddLine(HostileExport.Row("G1", talk: "1"));
        rejectedKeys["G1"] = "duplicate call_id 'G1'";
        export.AddLine(HostileExport.Row("../../etc/passwd"));
        rejectedKeys["../../etc/passwd"] = "call_id contains a path separator";
        export.AddLine(HostileExport.Row("/abs/path"));
        rejectedKeys["/abs/path"] = "call_id contains a path separator";
        export.AddLine(HostileExport.Row("X6", disposition: new string('x', 100_000)));
        rejectedFiles["calls.csv#X6"] = "characters long; at most 65,536 are read";
        export.AddLine(HostileExport.Row("X7", disposition: "a\0b"));
        rejectedFiles["calls.csv#X7"] = "the row contains NUL bytes";
        export.AddLine(HostileExport.Row("X8", started: "yesterday"));
        rejectedKeys["X8"] = "started_at";
        Good("K1");
        export.AddLine(HostileExport.Row("K2", customer: string.Empty));
        goodContacts.Add("K2");
        export.AddLine(HostileExport.Row("K3", agent: string.Empty));
        goodContacts.Add("K3");
        export.AddLine(HostileExport.Row("K4", agent: "UNKNOWN-AGENT-42"));
        goodContacts.Add("K4");

        // transcripts/
        Good("T1");
        export.WriteTranscript("T1.json", """{"turns":[{"speaker":"agent","text":"Hel""");
        rejectedFiles["transcripts/T1.json"] = "invalid JSON";
        Good("T2");
        export.WriteTranscript("T2.txt", []);
        rejectedFiles["transcripts/T2.txt"] = "file is empty";
        Good("T3");
        export.WriteTranscript("T3.json", """{"turns":""" + new string('[', 10_000) + new string(']', 10_000) + "}");
        rejectedFiles["transcripts/T3.json"] = "nested deeper than 64 levels";
        Good("T4");
        export.WriteTranscript("T4.txt", Encoding.Unicode.GetBytes("Agent: no byte-order mark"));
        rejectedFiles["transcripts/T4.txt"] = "file contains NUL bytes";
        Good("T5", withTranscript: true);
        export.WriteTranscript("T5.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Agent: Bonjour\r\nCustomer: Très bien")]);
        Good("T6", withTranscript: true);
        export.WriteTranscript("T6.txt", [.. Encoding.UTF8.GetBytes("Agent: caf"), 0xE9]);
        Good("T7");
        export.WriteTranscript("T7.json", [.. Encoding.UTF8.GetBytes("""{"turns":[{"speaker":"agent","text":"caf"""), 0xE9, .. Encoding.UTF8.GetBytes("\"}]}")]);
        rejectedFiles["transcripts/T7.json"] = "file is not valid UTF-8";
        export.WriteTranscript("G1.json", """{"turns":[{"speaker":"agent","text":"second transcript of G1"}]}""");
        rejectedFiles["transcripts/G1.json"] = "a second transcript for call 'G1'";
        export.WriteTranscript("NOBODY.txt", "Agent: hello");
        rejectedFiles["transcripts/NOBODY.txt"] = "no contact 'NOBODY'";
        export.WriteTranscript("..txt", "Agent: hello");
        rejectedFiles["transcripts/..txt"] = "no contact '.'";
        export.WriteTranscript("notes.docx", "x");
        rejectedFiles["transcripts/notes.docx"] = "unsupported transcript file type";
        Good("T8");
        export.MaxTranscriptBytes = 30_000;
        export.WriteTranscript("T8.txt", "Agent: " + new string('x', 40_000));
        rejectedFiles["transcripts/T8.txt"] = "the limit is 30,000 bytes";
        Good("T9");
        var outside = Path.Combine(export.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "Agent: outside the export");
        File.CreateSymbolicLink(Path.Combine(export.TranscriptsDirectory, "T9.txt"), Path.Combine(outside, "secret.txt"));
        rejectedFiles["transcripts/T9.txt"] = "symbolic links are not followed";
        Directory.CreateDirectory(Path.Combine(export.TranscriptsDirectory, "subfolder.txt"));
        Good("T10");
        export.WriteTranscript("T10.json", """{"turns":[{"speaker":"agent","text":"Hel\u0000lo"}]}""");
        rejectedFiles["transcripts/T10.json"] = "text contains a NUL character";

        // audio/
        var audio = Path.Combine(export.ExportDirectory, "audio");
        Directory.CreateDirectory(audio);
        File.WriteAllBytes(Path.Combine(outside, "any.wav"), [1, 2, 3]);
        File.CreateSymbolicLink(Path.Combine(audio, "G2.wav"), Path.Combine(outside, "any.wav"));
        rejectedFiles["audio/G2.wav"] = "symbolic links are not followed";

        var first = await export.IngestAsync();
        var second = await export.IngestAsync();

        await export.AssertInvariantsAsync(first, goodContacts, goodTranscripts);
        await export.AssertInvariantsAsync(second, goodContacts, goodTranscripts);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (key, reason) in rejectedKeys)
            {
                Assert.That(first.Rejects.Where(r => r.Key == key).Select(r => r.Reason), Has.One.Contains(reason), $"{key}; {first}");
            }

            foreach (var (file, reason) in rejectedFiles)
            {
                var path = file.Split('#')[0];
                Assert.That(first.Rejects.Where(r => r.File == path).Select(r => r.Reason), Has.Some.Contains(reason), $"{file}; {first}");
            }

            Assert.That(first.Rejects, Has.Count.EqualTo(rejectedKeys.Count + rejectedFiles.Count), first.ToString());
            Assert.That(first.Warnings, Has.Some.Contains("transcripts/T6.txt: invalid UTF-8"));
            Assert.That(
                second.Rejects.Select(r => (r.File, r.Key, r.Reason)),
                Is.EquivalentTo(first.Rejects.Select(r => (r.File, r.Key, r.Reason))),
                "the rerun rejects the same records for the same reasons");
            Assert.That(second.Summary.Stored, Is.EqualTo(first.Summary.Stored));
            Assert.That(second.Summary.Contacts.Unchanged, Is.EqualTo(first.Summary.Contacts.Inserted), "the rerun stores nothing twice");
            Assert.That(await export.CountAsync("SELECT COUNT(*) FROM contacts"), Is.EqualTo(goodContacts.Count));
            Assert.That(await export.CountAsync("SELECT COUNT(*) FROM transcripts"), Is.EqualTo(goodTranscripts.Count));
            Assert.That(await export.CountAsync("SELECT COUNT(*) FROM rejects"), Is.EqualTo(second.Rejects.Count), "only the latest run's rejects are kept");
        }
    }
}
