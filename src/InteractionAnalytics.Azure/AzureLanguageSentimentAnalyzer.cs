using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using InteractionAnalytics.Core.Sentiment;

namespace InteractionAnalytics.Azure;

/// <summary>
/// Scores sentiment with Azure AI Language (the <c>SentimentAnalysis</c> kind of
/// <c>POST {endpoint}/language/:analyze-text</c>), through Azure.Core's HTTP pipeline so retries, <c>Retry-After</c>
/// and timeouts behave as in Azure's own SDKs. A text's score is <c>confidenceScores.positive −
/// confidenceScores.negative</c>, in [-1, 1]. Texts are sent in order, at most
/// <see cref="AzureLanguageOptions.MaxDocumentsPerRequest"/> documents per request, one request at a time; a text longer
/// than <see cref="AzureLanguageOptions.MaxCharactersPerDocument"/> is split at whitespace and its pieces' scores are
/// averaged weighted by piece length. Empty and whitespace-only texts score 0 and are not sent (Azure rejects empty
/// documents). Thread-safe: it holds no per-call state. See docs/azure-language.md.
/// </summary>
public sealed class AzureLanguageSentimentAnalyzer : ISentimentAnalyzer
{
    /// <summary>The value of <see cref="Name"/>.</summary>
    public const string AnalyzerName = "azure-language";

    private readonly AzureLanguageOptions _options;
    private readonly HttpPipeline _pipeline;
    private readonly Uri _requestUri;

    /// <summary>Creates the analyzer; it sends nothing until <see cref="ScoreAsync"/> is called.</summary>
    /// <param name="options">Endpoint, key, limits and retry settings; validated here.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has a setting out of range.</exception>
    public AzureLanguageSentimentAnalyzer(AzureLanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;

        // The endpoint's own path (an API gateway's prefix) is kept: the request path is resolved relative to it,
        // which needs a trailing slash.
        var endpoint = options.Endpoint.AbsoluteUri.EndsWith('/') ? options.Endpoint : new Uri(options.Endpoint.AbsoluteUri + "/");
        _requestUri = new Uri(endpoint, "language/:analyze-text?api-version=" + Uri.EscapeDataString(options.ApiVersion));

        // Per call, not per retry: the header stays on the request across retries. The default classifier counts
        // every status >= 400 as an error; RetryPolicy retries 408, 429 and 5xx and honours Retry-After.
        _pipeline = HttpPipelineBuilder.Build(
            new AzureLanguageClientOptions(options),
            perCallPolicies: [new SubscriptionKeyPolicy(new AzureKeyCredential(options.Key))],
            perRetryPolicies: [],
            responseClassifier: new ResponseClassifier());
    }

    /// <summary>Always <c>azure-language</c> (<see cref="AnalyzerName"/>).</summary>
    public string Name => AnalyzerName;

    /// <summary>
    /// One score per text, in input order, each in [-1, 1]; 0 for an empty or whitespace-only text. No request is
    /// sent when no text has content. All or nothing: any failure throws and no partial scores are returned.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="RequestFailedException">
    /// Azure answered a request with an error status (after retries for 408, 429 and 5xx), e.g. 401 for a wrong key.
    /// </exception>
    /// <exception cref="AzureLanguageDocumentException">Azure reported an error for a document.</exception>
    /// <exception cref="InvalidDataException">A response is not the documented JSON.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);

        var documents = new List<SentDocument>();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? throw new ArgumentNullException(nameof(texts), $"Text {i} is null.");
            foreach (var piece in TextSplitter.Split(text, _options.MaxCharactersPerDocument))
            {
                // Ids only need to be unique within a request; numbering across the call makes error messages
                // point at one document of the call.
                var id = (documents.Count + 1).ToString(CultureInfo.InvariantCulture);
                documents.Add(new SentDocument(id, i, piece));
            }
        }

        var weightedSums = new double[texts.Count];
        var weights = new long[texts.Count];
        for (var start = 0; start < documents.Count; start += _options.MaxDocumentsPerRequest)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = documents.GetRange(start, Math.Min(_options.MaxDocumentsPerRequest, documents.Count - start));
            var batchScores = await SendAsync(batch, cancellationToken);
            foreach (var document in batch)
            {
                // Weighted by the piece's length so a 5,000-character piece counts more than its 200-character tail.
                weightedSums[document.TextIndex] += batchScores[document.Id] * document.Text.Length;
                weights[document.TextIndex] += document.Text.Length;
            }
        }

        var scores = new double[texts.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = weights[i] == 0 ? 0.0 : Math.Clamp(weightedSums[i] / weights[i], -1.0, 1.0);
        }

        return scores;
    }

    private async Task<Dictionary<string, double>> SendAsync(List<SentDocument> batch, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_requestUri);
        request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
        request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(
            AnalyzeTextJson.WriteSentimentRequest(batch, _options.Language, _options.ModelVersion));

        await _pipeline.SendAsync(message, cancellationToken);

        var response = message.Response;
        if (response.IsError)
        {
            // RequestFailedException reads Azure's {"error":{"code","message"}} body into ErrorCode and Message.
            throw new RequestFailedException(response);
        }

        var sent = batch.ToDictionary(document => document.Id, StringComparer.Ordinal);
        return AnalyzeTextJson.ReadSentimentResponse(response.Content, sent);
    }
}
