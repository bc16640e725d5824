namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>A column-mapping file is not valid; the message says what to fix.</summary>
public sealed class ColumnMappingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ColumnMappingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ColumnMappingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ColumnMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
