namespace InteractionAnalytics.Core.Qa;

/// <summary>A QA form file cannot be used; the message names the section or question and the problem.</summary>
public sealed class QaFormFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QaFormFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public QaFormFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public QaFormFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
