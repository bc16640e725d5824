using Azure.Core;

namespace InteractionAnalytics.Azure;

/// <summary>
/// Settings for <see cref="AzureLanguageSentimentAnalyzer"/>: where the Azure AI Language resource is, how to
/// authenticate, the request limits to honour and how to retry. <see cref="Validate"/> checks them; the analyzer
/// validates on construction. <see cref="ToString"/> never prints <see cref="Key"/>.
/// </summary>
public sealed record AzureLanguageOptions
{
    /// <summary>The documented synchronous limit of documents in one sentiment request (service limits page).</summary>
    public const int ServiceMaxDocumentsPerRequest = 10;

    /// <summary>
    /// The documented synchronous limit of one document, 5,120 characters as Azure counts them (text elements,
    /// i.e. graphemes). We count UTF-16 code units, which is never fewer than text elements, so staying under this
    /// number of code units always stays under Azure's limit.
    /// </summary>
    public const int ServiceMaxCharactersPerDocument = 5120;

    /// <summary>
    /// The resource endpoint, absolute, http or https, without query or fragment, e.g.
    /// <c>https://my-resource.cognitiveservices.azure.com/</c>. The request path <c>language/:analyze-text</c> is
    /// appended to it, so an endpoint with a base path (an API gateway) keeps that path.
    /// </summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The resource key, sent as the <c>Ocp-Apim-Subscription-Key</c> header. Not empty.</summary>
    public required string Key { get; init; }

    /// <summary>The <c>api-version</c> query value. Default <c>2023-04-01</c>, the version this client was written against.</summary>
    public string ApiVersion { get; init; } = "2023-04-01";

    /// <summary>The language code sent with every document, e.g. <c>en</c> or <c>es</c>. Default <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The <c>parameters.modelVersion</c> value. Default <c>latest</c>; pin a dated version for reproducible scores.</summary>
    public string ModelVersion { get; init; } = "latest";

    /// <summary>
    /// Documents (texts or pieces of texts) per request, 1 to <see cref="ServiceMaxDocumentsPerRequest"/> (10).
    /// Default 10. Azure answers more than 10 with HTTP 400, so a larger value is rejected.
    /// </summary>
    public int MaxDocumentsPerRequest { get; init; } = ServiceMaxDocumentsPerRequest;

    /// <summary>
    /// The longest document sent, in UTF-16 code units, 2 to <see cref="ServiceMaxCharactersPerDocument"/> (5,120).
    /// Default 5,120. Longer texts are split at whitespace into pieces of at most this length. At least 2 so a
    /// surrogate pair always fits in one piece.
    /// </summary>
    public int MaxCharactersPerDocument { get; init; } = ServiceMaxCharactersPerDocument;

    /// <summary>
    /// Retries after a failed try (HTTP 408, 429, 500, 502, 503, 504 or a network error), 0 or more. Default 3, as
    /// Azure SDKs. 0 disables retries.
    /// </summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// The base delay between tries: the first delay in <see cref="RetryMode.Exponential"/> mode (then doubled each
    /// retry, with jitter), every delay in <see cref="RetryMode.Fixed"/> mode. Greater than zero. Default 0.8 s, as
    /// Azure SDKs. A <c>Retry-After</c> header from the service wins when it asks for longer.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(0.8);

    /// <summary>
    /// The cap on the computed delay, at least <see cref="RetryDelay"/>. Default 60 s. It does not cap a
    /// <c>Retry-After</c> header: the service's wait is always honoured.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How the delay grows between retries. Default <see cref="RetryMode.Exponential"/>.</summary>
    public RetryMode RetryMode { get; init; } = RetryMode.Exponential;

    /// <summary>
    /// The time one try may take before it is abandoned (and retried), greater than zero or
    /// <see cref="Timeout.InfiniteTimeSpan"/>. Default 100 s, as Azure SDKs.
    /// </summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri
            || (Endpoint.Scheme != Uri.UriSchemeHttps && Endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Endpoint must be an absolute http or https URI.", nameof(Endpoint));
        }

        if (Endpoint.Query.Length > 0 || Endpoint.Fragment.Length > 0)
        {
            throw new ArgumentException("Endpoint must not have a query or fragment; api-version is added by the client.",
                nameof(Endpoint));
        }

        RequireText(Key, nameof(Key));
        RequireText(ApiVersion, nameof(ApiVersion));
        RequireText(Language, nameof(Language));
        RequireText(ModelVersion, nameof(ModelVersion));

        if (MaxDocumentsPerRequest is < 1 or > ServiceMaxDocumentsPerRequest)
        {
            throw new ArgumentException(
                $"MaxDocumentsPerRequest must be 1 to {ServiceMaxDocumentsPerRequest}, was {MaxDocumentsPerRequest}.",
                nameof(MaxDocumentsPerRequest));
        }

        if (MaxCharactersPerDocument is < 2 or > ServiceMaxCharactersPerDocument)
        {
            throw new ArgumentException(
                $"MaxCharactersPerDocument must be 2 to {ServiceMaxCharactersPerDocument}, was {MaxCharactersPerDocument}.",
                nameof(MaxCharactersPerDocument));
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException($"MaxRetries must be 0 or more, was {MaxRetries}.", nameof(MaxRetries));
        }

        if (RetryDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException($"RetryDelay must be greater than zero, was {RetryDelay}.", nameof(RetryDelay));
        }

        if (MaxRetryDelay < RetryDelay)
        {
            throw new ArgumentException($"MaxRetryDelay ({MaxRetryDelay}) must be at least RetryDelay ({RetryDelay}).",
                nameof(MaxRetryDelay));
        }

        if (!Enum.IsDefined(RetryMode))
        {
            throw new ArgumentException($"RetryMode {RetryMode} is not a known mode.", nameof(RetryMode));
        }

        if (NetworkTimeout <= TimeSpan.Zero && NetworkTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"NetworkTimeout must be greater than zero or infinite, was {NetworkTimeout}.",
                nameof(NetworkTimeout));
        }
    }

    /// <summary>The settings without the key, so options can be logged safely.</summary>
    public override string ToString() =>
        $"AzureLanguageOptions {{ Endpoint = {Endpoint}, Key = ***, ApiVersion = {ApiVersion}, Language = {Language}, " +
        $"ModelVersion = {ModelVersion}, MaxDocumentsPerRequest = {MaxDocumentsPerRequest}, " +
        $"MaxCharactersPerDocument = {MaxCharactersPerDocument}, MaxRetries = {MaxRetries}, RetryDelay = {RetryDelay}, " +
        $"MaxRetryDelay = {MaxRetryDelay}, RetryMode = {RetryMode}, NetworkTimeout = {NetworkTimeout} }}";

    private static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }
    }
}
