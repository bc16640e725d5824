using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>Reads one transcript file (any supported format) into a labelled transcript or a reject; never throws for a bad file.</summary>
internal static class TranscriptFileReader
{
    public static (ParsedTranscriptFile? Transcript, RejectedRecord? Reject) Read(FileInfo file, long maxBytes, string? forcedFormat)
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
            var (transcript, format) = TranscriptParser.Parse(File.ReadAllBytes(file.FullName), file.Extension, callId, forcedFormat);
            return (new ParsedTranscriptFile(transcript, relative, format), null);
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
