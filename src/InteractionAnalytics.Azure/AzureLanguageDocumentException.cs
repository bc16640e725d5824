namespace InteractionAnalytics.Azure;

/// <summary>
/// Azure AI Language accepted a request but reported an error for one of its documents (the response's
/// <c>results.errors</c>), for example an unsupported language code. <see cref="AzureLanguageSentimentAnalyzer"/>
/// throws it instead of inventing a score, so a caller can fall back to another analyzer for the whole batch.
/// </summary>
public sealed class AzureLanguageDocumentException : Exception
{
    /// <summary>Creates the exception with a generic message and no details.</summary>
    public AzureLanguageDocumentException()
        : this("Azure AI Language reported an error for a document.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and no details.</summary>
    public AzureLanguageDocumentException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>, <paramref name="innerException"/> and no details.</summary>
    public AzureLanguageDocumentException(string message, Exception? innerException)
        : base(message, innerException)
    {
        DocumentId = string.Empty;
        ErrorCode = string.Empty;
    }

    /// <summary>Creates the exception for the error Azure reported for one document.</summary>
    /// <param name="documentId">The <c>id</c> this client gave the document in the request.</param>
    /// <param name="textIndex">The position in the caller's list of the text the document came from (0-based).</param>
    /// <param name="errorCode">Azure's <c>error.code</c>, e.g. <c>InvalidArgument</c>.</param>
    /// <param name="innerErrorCode">Azure's <c>error.innererror.code</c> when given, e.g. <c>UnsupportedLanguageCode</c>.</param>
    /// <param name="serviceMessage">Azure's <c>error.message</c> (and inner message when given).</param>
    public AzureLanguageDocumentException(
        string documentId, int textIndex, string errorCode, string? innerErrorCode, string serviceMessage)
        : base($"Azure AI Language rejected document '{documentId}' (text {textIndex}): {errorCode}"
            + (innerErrorCode is null ? string.Empty : $"/{innerErrorCode}") + $": {serviceMessage}")
    {
        DocumentId = documentId;
        TextIndex = textIndex;
        ErrorCode = errorCode;
        InnerErrorCode = innerErrorCode;
    }

    /// <summary>The <c>id</c> of the failed document in the request; empty when not known.</summary>
    public string DocumentId { get; }

    /// <summary>
    /// The 0-based index, in the list passed to <c>ScoreAsync</c>, of the text the document came from; -1 when not known.
    /// </summary>
    public int TextIndex { get; } = -1;

    /// <summary>Azure's error code (<c>error.code</c>); empty when not known.</summary>
    public string ErrorCode { get; }

    /// <summary>Azure's more specific code (<c>error.innererror.code</c>), or null when Azure gave none.</summary>
    public string? InnerErrorCode { get; }
}
