using System.Text;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Calls;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Simulation.Tests;

/// <summary>Reads a generated export back the way ingest does, through Ingestion's readers.</summary>
internal static class ExportFiles
{
    public static string CallsPath(string directory) => Path.Combine(directory, "calls.csv");

    public static string TruthPath(string directory) => Path.Combine(directory, "simulation-truth.csv");

    public static string TranscriptsPath(string directory) => Path.Combine(directory, "transcripts");

    public static (List<ContactRecord> Contacts, List<RejectedRecord> Rejects, List<string> Warnings) ReadCalls(string directory)
    {
        var contacts = new List<ContactRecord>();
        var rejects = new List<RejectedRecord>();
        var warnings = new List<string>();
        using var reader = new StreamReader(CallsPath(directory), Encoding.UTF8);
        foreach (var parsed in new CallsCsvReader(ColumnMapping.Default, null).Read(reader, "calls.csv", warnings.Add))
        {
            if (parsed.Contact is { } contact)
            {
                contacts.Add(contact.Record);
            }

            if (parsed.Reject is { } reject)
            {
                rejects.Add(reject);
            }
        }

        return (contacts, rejects, warnings);
    }

    public static List<TruthRow> ReadTruth(string directory)
    {
        var lines = File.ReadAllLines(TruthPath(directory));
        Assert.That(lines[0], Is.EqualTo("call_id,intent,root_cause,resolution,agent_style,repeat_of"));
        return
        [
            .. lines.Skip(1).Select(line =>
            {
                var f = line.Split(',');
                Assert.That(f, Has.Length.EqualTo(6), line);
                return new TruthRow(f[0], f[1], f[2], f[3], Blank(f[4]), Blank(f[5]));
            }),
        ];
    }

    public static Transcript ReadTranscript(string path)
    {
        var callId = Path.GetFileNameWithoutExtension(path);
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            return JsonTranscriptReader.Parse(File.ReadAllBytes(path), callId);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return TextTranscriptReader.Parse(reader, callId);
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
