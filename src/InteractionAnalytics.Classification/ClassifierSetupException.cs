namespace InteractionAnalytics.Classification;

/// <summary>The taxonomy, rules or model could not be loaded or do not fit together; the message says which and why.</summary>
public sealed class ClassifierSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClassifierSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ClassifierSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClassifierSetupException()
    {
    }
}
