namespace InteractionAnalytics.Core.Classification.Taxonomies;

/// <summary>A taxonomy file is not valid; the message says which label or field and why.</summary>
public sealed class TaxonomyFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaxonomyFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TaxonomyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TaxonomyFormatException()
    {
    }
}
