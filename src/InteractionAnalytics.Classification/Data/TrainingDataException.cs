namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// Public training data could not be read: a data set folder or file is missing, a label map is malformed, or a
/// data file has the wrong header or is not valid JSON. Problems with single data lines are not exceptions; they
/// are reported as <see cref="SkippedLine"/>s.
/// </summary>
public sealed class TrainingDataException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public TrainingDataException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">What is wrong, naming the file (and line, when there is one).</param>
    public TrainingDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What is wrong, naming the file (and line, when there is one).</param>
    /// <param name="innerException">The underlying error, e.g. a <see cref="System.Text.Json.JsonException"/>.</param>
    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception about one file (and optionally one line of it).</summary>
    /// <param name="filePath">The file (or folder) the problem is in, as given to the loader.</param>
    /// <param name="lineNumber">The 1-based line, or <see langword="null"/> when the problem is not on one line.</param>
    /// <param name="problem">What is wrong; the message is <c>"{filePath} line {lineNumber}: {problem}"</c>.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TrainingDataException(string filePath, int? lineNumber, string problem, Exception? innerException = null)
        : base(lineNumber is { } line ? $"{filePath} line {line}: {problem}" : $"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    /// <summary>The file (or folder) the problem is in; <see langword="null"/> when the message says it.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line of <see cref="FilePath"/>; <see langword="null"/> when the problem is not on one line.</summary>
    public int? LineNumber { get; }
}
