namespace InteractionAnalytics.Classification.Models;

/// <summary>A model file is not a model file, is damaged, or is of a format version this build cannot read.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelFormatException()
    {
    }
}
