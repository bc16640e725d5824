using System.Text;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>Reads one transcript file into a transcript or a reject; never throws for a bad file.</summary>
internal static class TranscriptFileReader
{
    public static (SourcedTranscript? Transcript, RejectedRecord? Reject) Read(FileInfo file, long maxBytes)
    {
        var relative = $"{ExportLayout.TranscriptsFolder}/{file.Name}";
        var callId = Path.GetFileNameWithoutExtension(file.Name);
        RejectedRecord Reject(string reason) => new(relative, null, callId, reason, null);

        var extension = file.Extension.ToUpperInvariant();
        if (extension is not (".JSON" or ".TXT"))
        {
            return (null, Reject($"unsupported transcript file type '{file.Extension}'; expected .json or .txt"));
        }

        if (file.LinkTarget is not null)
        {
            return (null, Reject("symbolic links are not followed"));
        }

        if (file.Length == 0)
        {
            return (null, Reject("file is empty"));
        }

        if (file.Length > maxBytes)
        {
            return (null, Reject($"file is {file.Length:N0} bytes; transcripts over {maxBytes:N0} bytes are not read"));
        }

        try
        {
            Transcript transcript;
            string format;
            if (extension == ".JSON")
            {
                transcript = JsonTranscriptReader.Parse(File.ReadAllBytes(file.FullName), callId);
                format = JsonTranscriptReader.FormatName;
            }
            else
            {
                using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                transcript = TextTranscriptReader.Parse(reader, callId);
                format = TextTranscriptReader.FormatName;
            }

            var problems = TranscriptRules.Check(transcript);
            return problems.Count > 0
                ? (null, Reject(string.Join("; ", problems)))
                : (new SourcedTranscript(transcript, relative, format), null);
        }
        catch (TranscriptFormatException ex)
        {
            return (null, Reject(ex.Message));
        }
        catch (IOException ex)
        {
            return (null, Reject($"could not be read: {ex.Message}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            return (null, Reject($"could not be read: {ex.Message}"));
        }
    }
}
