namespace InteractionAnalytics.Azure.Tests;

/// <summary>One request as the stub received it.</summary>
/// <param name="ArrivedAt">Stopwatch timestamp of arrival, for measuring the wait between a 429 and its retry.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="RawUrl">Path and query as sent.</param>
/// <param name="ApiVersion">The api-version query value, or null.</param>
/// <param name="Key">The Ocp-Apim-Subscription-Key header, or null.</param>
/// <param name="ContentType">The Content-Type header, or null.</param>
/// <param name="Body">The raw body.</param>
/// <param name="Documents">analysisInput.documents, empty when the body is not the expected JSON.</param>
internal sealed record StubRequest(
    long ArrivedAt,
    string Method,
    string RawUrl,
    string? ApiVersion,
    string? Key,
    string? ContentType,
    string Body,
    IReadOnlyList<StubDocument> Documents);
