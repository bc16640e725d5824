using System.Text;
using System.Text.Json;

namespace InteractionAnalytics.Classification.Data;

/// <summary>Opening and checking the files of the public data folders.</summary>
internal static class DataFiles
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Throws unless <paramref name="path"/> is an existing directory.</summary>
    public static void RequireDirectory(string path, string what)
    {
        if (!Directory.Exists(path))
        {
            throw new TrainingDataException(path, null, $"{what} not found (expected a directory at '{Path.GetFullPath(path)}')");
        }
    }

    /// <summary>Throws unless <paramref name="path"/> is an existing file.</summary>
    public static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new TrainingDataException(path, null, $"{what} not found (expected a file at '{Path.GetFullPath(path)}')");
        }
    }

    /// <summary>Opens a UTF-8 text file for sequential reading; a byte-order mark is detected and dropped.</summary>
    public static StreamReader OpenText(string path, string what)
    {
        RequireFile(path, what);
        var stream = new FileStream(path, new FileStreamOptions { BufferSize = 0, Options = FileOptions.SequentialScan });
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: false);
    }

    /// <summary>Parses a whole JSON file; invalid JSON is a <see cref="TrainingDataException"/> with its 1-based line.</summary>
    public static JsonDocument ParseJson(string path, string what)
    {
        RequireFile(path, what);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new TrainingDataException(path, ex.LineNumber is { } line ? checked((int)line + 1) : null, $"invalid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The index of the header column named <paramref name="name"/> (ordinal, BOM and white space ignored).</summary>
    public static int RequireColumn(IReadOnlyList<string> header, string name, string path)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim().TrimStart('\uFEFF'), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new TrainingDataException(path, 1, $"header has no '{name}' column (found '{string.Join("', '", header)}')");
    }
}
