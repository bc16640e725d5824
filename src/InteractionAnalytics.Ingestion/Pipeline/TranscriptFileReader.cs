using System.Globalization;
using System.Text;
using System.Text.Unicode;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>Reads one transcript file (any supported format) into a labelled transcript or a reject; never throws for a bad file.</summary>
internal static class TranscriptFileReader
{
    /// <summary>The warning for text that is not valid UTF-8; the same words as for calls.csv.</summary>
    public const string InvalidUtf8Warning = "invalid UTF-8 byte(s) replaced with U+FFFD (is the file Latin-1 or Windows-1252? export it as UTF-8)";

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
            // Checked before reading: an oversized file never enters memory.
            return (null, Reject(string.Create(
                CultureInfo.InvariantCulture, $"file is {file.Length:N0} bytes; the limit is {maxBytes:N0} bytes (--max-transcript-bytes; docs/robustness.md)")));
        }

        try
        {
            var (bytes, problem, warning) = ToUtf8(File.ReadAllBytes(file.FullName), TranscriptFormatDetector.IsJsonExtension(file.Extension));
            if (problem is not null)
            {
                return (null, Reject(problem));
            }

            var (transcript, format) = TranscriptParser.Parse(bytes, file.Extension, callId, forcedFormat);
            return (new ParsedTranscriptFile(transcript, relative, format, warning), null);
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

    /// <summary>
    /// Brings a file's bytes to UTF-8 text the parsers can read: UTF-16 and UTF-32 with a byte-order mark are converted;
    /// NUL bytes (a binary file, or UTF-16 without a byte-order mark) are a problem; invalid UTF-8 is a problem for JSON,
    /// which cannot be parsed past it, and a warning for text, which is read with U+FFFD in place of the bad bytes.
    /// </summary>
    private static (byte[] Bytes, string? Problem, string? Warning) ToUtf8(byte[] bytes, bool isJson)
    {
        if (UnicodeWithByteOrderMark(bytes) is { } encoding)
        {
            var text = encoding.GetString(bytes, encoding.Preamble.Length, bytes.Length - encoding.Preamble.Length);
            bytes = Encoding.UTF8.GetBytes(text);
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return (bytes, string.Create(
                CultureInfo.InvariantCulture,
                $"file contains NUL bytes (first at byte {nul + 1:N0}): a binary file, or UTF-16 without a byte-order mark? transcripts must be UTF-8 text"), null);
        }

        if (Utf8.IsValid(bytes))
        {
            return (bytes, null, null);
        }

        return isJson
            ? (bytes, "file is not valid UTF-8 (is it Latin-1 or Windows-1252? export it as UTF-8)", null)
            : (bytes, null, InvalidUtf8Warning);
    }

    private static Encoding? UnicodeWithByteOrderMark(byte[] bytes) => bytes switch
    {
        // UTF-32 LE first: its mark starts with UTF-16 LE's.
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ => null,
    };
}
