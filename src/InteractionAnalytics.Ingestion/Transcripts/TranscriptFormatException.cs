namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>A transcript file cannot be read; the message says where and why.</summary>
public sealed class TranscriptFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TranscriptFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TranscriptFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public TranscriptFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
