using System.Text;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Calls;
using InteractionAnalytics.Ingestion.Pipeline;
using InteractionAnalytics.Ingestion.Transcripts;
using InteractionAnalytics.Simulation.Contacts;

namespace InteractionAnalytics.Simulation.Output;

/// <summary>
/// Writes a run's files as contacts come: a row to <c>calls.csv</c> and to <c>simulation-truth.csv</c>, and the
/// transcript file, each through Ingestion's own writers so the output is what <c>ia ingest</c> reads. Files are UTF-8
/// without a byte-order mark and use <c>\n</c> line ends, so the bytes do not depend on the platform.
/// </summary>
internal sealed class ExportWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _transcripts;
    private readonly StreamWriter _callsFile;
    private readonly StreamWriter _truthFile;
    private readonly CallsCsvWriter _calls;
    private readonly TruthCsvWriter _truth;

    /// <summary>The file names an export of this writer consists of (besides <c>transcripts/</c>).</summary>
    public static IReadOnlyList<string> Files { get; } = [ExportLayout.CallsFile, TruthCsvWriter.FileName];

    /// <summary>Creates <paramref name="directory"/> and its <c>transcripts</c> folder, and opens the two CSV files.</summary>
    public ExportWriter(string directory)
    {
        _transcripts = Path.Combine(directory, ExportLayout.TranscriptsFolder);
        Directory.CreateDirectory(_transcripts);
        _callsFile = new StreamWriter(Path.Combine(directory, ExportLayout.CallsFile), append: false, Utf8, bufferSize: 1 << 16);
        try
        {
            _truthFile = new StreamWriter(Path.Combine(directory, TruthCsvWriter.FileName), append: false, Utf8, bufferSize: 1 << 16);
        }
        catch
        {
            _callsFile.Dispose();
            throw;
        }

        _calls = new CallsCsvWriter(_callsFile);
        _calls.WriteHeaderIfMissing();
        _truth = new TruthCsvWriter(_truthFile);
    }

    /// <summary>
    /// Writes <paramref name="contact"/>; its transcript, if any, as <c>.txt</c> when <paramref name="asText"/>, else <c>.json</c>.
    /// </summary>
    public void Write(SimulatedContact contact, bool asText)
    {
        _calls.Write(contact.Record);
        _truth.Write(contact.Truth);
        if (contact.Transcript is { } transcript)
        {
            WriteTranscript(transcript, asText);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _truthFile.Dispose();
        _callsFile.Dispose();
    }

    private void WriteTranscript(Transcript transcript, bool asText)
    {
        var path = Path.Combine(_transcripts, transcript.CallId + (asText ? ".txt" : ".json"));
        if (asText)
        {
            using var writer = new StreamWriter(path, append: false, Utf8);
            TranscriptWriter.WriteText(writer, transcript);
        }
        else
        {
            using var stream = File.Create(path);
            TranscriptWriter.WriteJson(stream, transcript);
        }
    }
}
