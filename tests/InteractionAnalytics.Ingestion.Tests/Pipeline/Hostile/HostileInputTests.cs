using System.Text;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline.Hostile;

/// <summary>
/// The hostile-input corpus (docs/robustness.md): each test runs the real ingest pipeline over two good contacts plus
/// one hostile record or file and checks that the run completes, the good records are stored, the hostile one is
/// rejected or warned about with a reason a supervisor understands, read = stored + rejected holds per kind, and nothing
/// outside the database is written.
/// </summary>
public sealed class HostileInputTests
{
    [Test]
    public async Task CsvBadQuoting_RowRejectedAsMalformed()
    {
        using var export = new HostileExport();
        export.AddLine("H1,\"CU9,A1,North");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonFor("calls.csv"), Does.StartWith("malformed CSV: quoted field opened on line 4 is not closed"));
    }

    [TestCase("H1,CU1,A1", "row has 3 fields; the header has 19")]
    [TestCase("H1,CU1,A1,North,billing,voice,inbound,2026-11-17T09:00:00-05:00,2026-11-17T09:01:00-05:00,2026-11-17T09:07:00-05:00,20,40,300,60,1,45,0,false,resolved,extra", "row has 20 fields; the header has 19")]
    public async Task CsvWrongColumnCount_RowRejected(string line, string reason)
    {
        using var export = new HostileExport();
        export.AddLine(line);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonForKey("H1"), Is.EqualTo(reason));
    }

    [TestCase("utf-16")]
    [TestCase("utf-16BE")]
    [TestCase("utf-32")]
    public async Task UnicodeFilesWithByteOrderMark_DecodedAndStored(string encodingName)
    {
        using var export = new HostileExport();
        var encoding = Encoding.GetEncoding(encodingName);
        export.AddLine(HostileExport.Row("U1", disposition: "résolu"));
        export.CallsBytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(export.CallsText())];
        export.WriteTranscript("U1.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Agent: Bonjour, ça va ?\nCustomer: Très bien.")]);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "U1"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Rejects, Is.Empty, run.ToString());
            Assert.That(await export.CountAsync("SELECT COUNT(*) FROM contacts WHERE disposition = 'résolu'"), Is.EqualTo(1));
            Assert.That(await export.CountAsync("SELECT COUNT(*) FROM transcript_turns WHERE text = 'Très bien.'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Utf8ByteOrderMarks_Skipped()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("B1"));
        export.CallsBytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(export.CallsText())];
        export.WriteTranscript("B1.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("""{"turns":[{"speaker":"agent","text":"Hello"}]}""")]);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "B1"]);
        Assert.That(run.Rejects, Is.Empty, run.ToString());
    }

    [Test]
    public async Task Utf16WithoutByteOrderMark_TranscriptRejectedAsNulBytes()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("U2"));
        export.WriteTranscript("U2.txt", Encoding.Unicode.GetBytes("Agent: Hello\nCustomer: Hi"));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "U2"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/U2.txt"), Does.StartWith("file contains NUL bytes").And.Contain("UTF-16 without a byte-order mark"));
    }

    [Test]
    public async Task Latin1CallsFile_StoredWithWarningAboutTheEncoding()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("L1", disposition: "résolu"));
        export.CallsBytes = Encoding.Latin1.GetBytes(export.CallsText());

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "L1"], ["G1", "G2"]);
        Assert.That(run.Warnings, Has.One.EqualTo(
            "calls.csv line 4: invalid UTF-8 byte(s) replaced with U+FFFD (is the file Latin-1 or Windows-1252? export it as UTF-8)"));
    }

    [Test]
    public async Task InvalidUtf8InTranscript_StoredWithWarning()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("L2"));
        export.WriteTranscript("L2.txt", [.. Encoding.UTF8.GetBytes("Agent: Hello\nCustomer: caf"), 0xE9, 0xC3, 0x28]);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "L2"]);
        Assert.That(run.Warnings, Has.One.EqualTo(
            "transcripts/L2.txt: invalid UTF-8 byte(s) replaced with U+FFFD (is the file Latin-1 or Windows-1252? export it as UTF-8)"));
    }

    [Test]
    public async Task NulBytes_CallsRowAndTranscriptRejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("N1", disposition: "reso\0lved"));
        export.AddLine(HostileExport.Row("N2"));
        export.WriteTranscript("N2.json", [.. Encoding.UTF8.GetBytes("""{"turns":[{"speaker":"agent","text":"Hel"""), 0, .. Encoding.UTF8.GetBytes("""lo"}]}""")]);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "N2"], ["G1", "G2"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ReasonFor("calls.csv"), Does.StartWith("the row contains NUL bytes"));
            Assert.That(run.ReasonFor("transcripts/N2.json"), Does.StartWith("file contains NUL bytes"));
        }
    }

    [Test]
    public async Task NulCharacterEscapedInJson_Rejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("N3"));
        export.WriteTranscript("N3.json", """{"turns":[{"speaker":"agent","text":"Hel\u0000lo"}]}""");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "N3"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/N3.json"), Is.EqualTo("turn 1: text contains a NUL character"));
    }

    [Test]
    public async Task TruncatedJson_Rejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("T1"));
        export.WriteTranscript("T1.json", """{"turns":[{"speaker":"agent","start":0,"end":2,"text":"Hel""");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "T1"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/T1.json"), Does.StartWith("invalid JSON at line 1").And.EndWith("(truncated or corrupt file?)"));
    }

    [Test]
    public async Task HundredMegabyteTranscript_RejectedBySizeWithoutReadingIt()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("BIG"));
        var path = Path.Combine(export.TranscriptsDirectory, "BIG.txt");
        await using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("Agent: " + new string('x', 1016) + "\n");
            for (var i = 0; i < 100 * 1024; i++)
            {
                stream.Write(line);
            }
        }

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "BIG"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/BIG.txt"), Is.EqualTo(
            "file is 104,857,600 bytes; the limit is 67,108,864 bytes (--max-transcript-bytes; docs/robustness.md)"));
    }

    [TestCase("999999", "talk_seconds is 999999 s; more than 86,400 s (24 h) is not credible")]
    [TestCase("-30", "talk_seconds is negative (-30)")]
    public async Task AbsurdOrNegativeDuration_Rejected(string talk, string reason)
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("D1", talk: talk));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonForKey("D1"), Does.Contain(reason));
    }

    [Test]
    public async Task EndBeforeStart_Rejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("E1", ended: "2026-11-17T08:00:00-05:00"));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonForKey("E1"), Does.Contain("ended_at 2026-11-17T08:00:00-05:00 is before started_at 2026-11-17T09:00:00-05:00"));
    }

    [Test]
    public async Task DuplicateIdWithinCallsFile_LaterRowRejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("G1", talk: "280"));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ReasonForKey("G1"), Is.EqualTo("duplicate call_id 'G1': already read at calls.csv line 2 in this export; the first occurrence is kept"));
            Assert.That(await export.CountAsync("SELECT talk_seconds FROM contacts WHERE call_id = 'G1'"), Is.EqualTo(300));
        }
    }

    [Test]
    public async Task DuplicateIdAcrossTranscriptFiles_SecondFileRejected()
    {
        using var export = new HostileExport();
        export.WriteTranscript("G1.json", """{"turns":[{"speaker":"agent","text":"Another transcript of G1"}]}""");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.Rejects.Single().Reason, Does.StartWith("a second transcript for call 'G1' in this export"));
    }

    [Test]
    public async Task UnknownOrMissingAgent_StoredAsGiven()
    {
        // There is no agent roster in an export: an agent id never seen before is a new agent, and an empty one is an
        // unknown agent (docs/export-format.md); neither is a reason to lose the contact.
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("A1", agent: "NEVER-SEEN-AGENT"));
        export.AddLine(HostileExport.Row("A2", agent: string.Empty));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "A1", "A2"], ["G1", "G2"]);
        Assert.That(await export.CountAsync("SELECT COUNT(*) FROM contacts WHERE call_id = 'A2' AND agent_id IS NULL"), Is.EqualTo(1));
    }

    [Test]
    public async Task MissingCustomerKey_StoredAndUnlinkable()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("K1", customer: string.Empty));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "K1"], ["G1", "G2"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Rejects, Is.Empty);
            Assert.That(run.Summary.Repeats!.Unlinkable, Is.EqualTo(1));
        }
    }

    [TestCase("../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("..\\..\\windows\\system32")]
    public async Task CallIdThatIsAPath_Rejected(string callId)
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row(callId));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonForKey(callId), Is.EqualTo(@"call_id contains a path separator ('/' or '\'); call ids name transcript and recording files"));
    }

    [TestCase("..txt")]
    [TestCase("...txt")]
    [TestCase("..G1.txt")]
    public async Task TranscriptFileNameWithDots_RejectedAsUnknownContact(string fileName)
    {
        using var export = new HostileExport();
        export.WriteTranscript(fileName, "Agent: Hello");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonFor($"transcripts/{fileName}"), Does.StartWith("no contact '").And.EndWith("' in calls.csv of this export or in the database"));
    }

    [Test]
    public async Task EmptyExport_OneRejectForTheMissingCallsFile()
    {
        using var export = new HostileExport();
        Directory.Delete(export.TranscriptsDirectory, recursive: true);
        export.WriteCallsFile = false;

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, [], []);
        Assert.That(run.ReasonFor("calls.csv"), Is.EqualTo("calls.csv is missing from the export"));
    }

    [Test]
    public async Task TranscriptForCallNotInCallsFile_Rejected()
    {
        using var export = new HostileExport();
        export.WriteTranscript("NOBODY.txt", "Agent: Hello");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonFor("transcripts/NOBODY.txt"), Is.EqualTo("no contact 'NOBODY' in calls.csv of this export or in the database"));
    }

    [Test]
    public async Task DirectoryNamedCallsCsv_RejectedAndTranscriptsStillRead()
    {
        using var export = new HostileExport();
        export.WriteCallsFile = false;
        Directory.CreateDirectory(export.CallsPath);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, [], []);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ReasonFor("calls.csv"), Is.EqualTo("calls.csv is a directory, not a file"));
            Assert.That(run.Summary.Transcripts.Rejected, Is.EqualTo(2), "the transcripts are read and rejected for their missing contacts");
        }
    }

    [Test]
    public async Task SymbolicLinksPointingOutside_NotFollowed()
    {
        using var export = new HostileExport();
        var outside = Path.Combine(export.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "Agent: a file outside the export");
        File.WriteAllText(Path.Combine(outside, "calls.csv"), export.CallsText());
        export.AddLine(HostileExport.Row("S1"));
        File.CreateSymbolicLink(Path.Combine(export.TranscriptsDirectory, "S1.txt"), Path.Combine(outside, "secret.txt"));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "S1"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/S1.txt"), Is.EqualTo("symbolic links are not followed"));
    }

    [Test]
    public async Task RecordingThatIsASymbolicLink_NotFollowed()
    {
        using var export = new HostileExport();
        var outside = Path.Combine(export.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "any.wav"), [1, 2, 3]);
        var audio = Path.Combine(export.ExportDirectory, "audio");
        Directory.CreateDirectory(audio);
        File.CreateSymbolicLink(Path.Combine(audio, "G1.wav"), Path.Combine(outside, "any.wav"));
        File.CreateSymbolicLink(Path.Combine(audio, "X1.wav"), Path.Combine(outside, "any.wav"));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ReasonFor("audio/G1.wav"), Is.EqualTo("symbolic links are not followed"), "measured with its transcript");
            Assert.That(run.ReasonFor("audio/X1.wav"), Is.EqualTo("symbolic links are not followed"), "measured in the audio phase");
        }
    }

    [Test]
    public async Task TranscriptsThatIsAFile_Rejected()
    {
        using var export = new HostileExport();
        Directory.Delete(export.TranscriptsDirectory, recursive: true);
        File.WriteAllText(export.TranscriptsDirectory, "Agent: not a folder");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, HostileExport.GoodIds.ToList(), []);
        Assert.That(run.ReasonFor("transcripts"), Is.EqualTo("transcripts is a file, not a folder"));
    }

    [TestCase("transcripts")]
    [TestCase("audio")]
    public async Task FolderThatIsASymbolicLinkOutside_NotFollowed(string folder)
    {
        using var export = new HostileExport();
        var outside = Path.Combine(export.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "G1.txt"), "Agent: a file outside the export");
        File.WriteAllBytes(Path.Combine(outside, "G1.wav"), [1, 2, 3]);
        var link = Path.Combine(export.ExportDirectory, folder);
        if (Directory.Exists(link))
        {
            Directory.Delete(link, recursive: true);
        }

        Directory.CreateSymbolicLink(link, outside);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, HostileExport.GoodIds.ToList(), folder == "transcripts" ? [] : HostileExport.GoodIds.ToList());
        Assert.That(run.ReasonFor(folder), Is.EqualTo($"{folder} is a symbolic link to a folder outside the export; it is not followed"));
    }

    [Test]
    public async Task CallsFileThatIsASymbolicLink_NotFollowed()
    {
        using var export = new HostileExport();
        var outside = Path.Combine(export.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "calls.csv"), export.CallsText());
        export.WriteCallsFile = false;
        File.CreateSymbolicLink(export.CallsPath, Path.Combine(outside, "calls.csv"));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, [], []);
        Assert.That(run.ReasonFor("calls.csv"), Is.EqualTo("calls.csv is a symbolic link to a file outside the export; it is not followed"));
    }

    [Test]
    public async Task ZeroByteTranscript_Rejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("Z1"));
        export.WriteTranscript("Z1.json", []);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "Z1"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/Z1.json"), Is.EqualTo("file is empty"));
    }

    [Test]
    public async Task JsonNestedTenThousandDeep_Rejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("J1"));
        export.WriteTranscript("J1.json", """{"turns":""" + new string('[', 10_000) + new string(']', 10_000) + "}");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "J1"], ["G1", "G2"]);
        Assert.That(run.ReasonFor("transcripts/J1.json"), Is.EqualTo("invalid JSON: nested deeper than 64 levels at line 1, byte 73"));
    }

    [Test]
    public async Task TenMegabyteCsvLine_Rejected()
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("W1", disposition: new string('x', 10 * 1024 * 1024)));

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.ReasonFor("calls.csv"), Is.EqualTo("malformed CSV: line 4 is 10,485,902 characters long; at most 65,536 are read"));
    }

    [TestCase("\r\n")]
    [TestCase("\r")]
    [TestCase("MIXED")]
    public async Task LineEndings_AllRead(string newLine)
    {
        using var export = new HostileExport();
        export.AddLine(HostileExport.Row("R1"));
        export.AddLine(HostileExport.Row("R2"));
        export.NewLine = newLine == "MIXED" ? "\n" : newLine;
        if (newLine == "MIXED")
        {
            var lines = export.CallsText().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            export.CallsBytes = Encoding.UTF8.GetBytes($"{lines[0]}\r\n{lines[1]}\r{lines[2]}\n{lines[3]}\r\n{lines[4]}");
        }

        export.WriteTranscript("R1.txt", "Agent: Hello\r\nCustomer: Hi\rAgent: Bye\n");

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, ["G1", "G2", "R1", "R2"], ["G1", "G2", "R1"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Rejects, Is.Empty, run.ToString());
            Assert.That(await export.CountAsync("SELECT turn_count FROM transcripts WHERE call_id = 'R1'"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task HeaderWithExtraColumn_StoredWithWarning()
    {
        using var export = new HostileExport();
        export.Header += ",crm_ticket";
        var text = string.Join('\n', export.CallsText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((l, i) => i == 0 ? l : l + ",T-1")) + "\n";
        export.CallsBytes = Encoding.UTF8.GetBytes(text);

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run);
        Assert.That(run.Warnings, Has.One.EqualTo("calls.csv: ignoring column(s) not in the mapping: crm_ticket"));
    }

    [TestCase("call_id,customer_id,agent_id,team,queue,channel,direction,answered_at,ended_at,ivr_seconds,queue_seconds,talk_seconds,hold_seconds,hold_count,acw_seconds,transfer_count,abandoned,disposition,x",
        "the header has no column for required field(s) started_at")]
    [TestCase("call_id,customer_id,agent_id,team,queue,channel,direction,started_at,answered_at,ended_at,ivr_seconds,queue_seconds,talk_seconds,hold_seconds,hold_count,acw_seconds,transfer_count,abandoned,call_id",
        "the header names column(s) call_id more than once")]
    public async Task HeaderMissingOrDuplicatedColumn_EveryRowRejectedWithTheHeaderProblem(string header, string reason)
    {
        using var export = new HostileExport();
        export.Header = header;

        var run = await export.IngestAsync();

        await export.AssertInvariantsAsync(run, [], []);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Summary.Contacts.Rejected, Is.EqualTo(2));
            Assert.That(run.Rejects.Where(r => r.File == "calls.csv").Select(r => r.Reason), Is.All.EqualTo(reason));
        }
    }

    [Test]
    public async Task SameCallIdWithDifferentContentInTwoRuns_SecondRunUpdates()
    {
        using var export = new HostileExport();
        await export.AssertInvariantsAsync(await export.IngestAsync());
        File.WriteAllText(export.CallsPath, string.Join('\n', export.Header, HostileExport.Row("G1", talk: "250"), HostileExport.Row("G2")) + "\n");
        export.WriteCallsFile = false;

        var second = await export.IngestAsync();

        await export.AssertInvariantsAsync(second);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((second.Summary.Contacts.Updated, second.Summary.Contacts.Unchanged), Is.EqualTo((1L, 1L)));
            Assert.That(await export.CountAsync("SELECT talk_seconds FROM contacts WHERE call_id = 'G1'"), Is.EqualTo(250));
            Assert.That(await export.CountAsync("SELECT COUNT(*) FROM contacts"), Is.EqualTo(2));
        }
    }
}
