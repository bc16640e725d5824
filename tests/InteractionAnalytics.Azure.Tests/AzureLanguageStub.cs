using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InteractionAnalytics.Azure.Tests;

/// <summary>
/// A local stand-in for Azure AI Language's <c>POST /language/:analyze-text</c> (api-version 2023-04-01, kind
/// SentimentAnalysis) on http://127.0.0.1:&lt;free port&gt;/, speaking the documented JSON over real HTTP. It checks
/// what the real service checks (path, api-version, key header, at most 10 documents, document length, non-empty
/// text) and answers with the documented error shapes, and scores texts deterministically from their words so tests
/// can compute the expected score. Each test starts its own, so tests run in parallel.
/// </summary>
internal sealed class AzureLanguageStub : IAsyncDisposable
{
    /// <summary>The key the stub accepts.</summary>
    public const string ValidKey = "stub-key-0123456789";

    /// <summary>A document whose text contains this gets a per-document error, as an unsupported language would.</summary>
    public const string ErrorMarker = "[[reject-me]]";

    private static readonly HashSet<string> PositiveWords = new(StringComparer.OrdinalIgnoreCase) { "good", "great", "thanks" };
    private static readonly HashSet<string> NegativeWords = new(StringComparer.OrdinalIgnoreCase) { "bad", "awful", "angry" };

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private readonly List<StubRequest> _requests = [];
    private readonly Queue<(int Status, int? RetryAfterSeconds)> _scriptedFailures = new();

    private AzureLanguageStub(HttpListener listener, int port)
    {
        _listener = listener;
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The endpoint to give the client, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Endpoint { get; }

    /// <summary>How long to wait before answering each request, to test cancellation. Default none.</summary>
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Every request that reached the stub, in arrival order, including rejected ones.</summary>
    public IReadOnlyList<StubRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a stub on a free loopback port.</summary>
    public static AzureLanguageStub Start()
    {
        // Another process can take the port between finding and binding it, so try a few ports.
        for (var attempt = 0; ; attempt++)
        {
            var port = FindFreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new AzureLanguageStub(listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The stub's score of a text: (positive words − negative words) / words, in [-1, 1].</summary>
    public static double ExpectedScore(string text)
    {
        var (positive, _, negative) = Confidence(text);
        return positive - negative;
    }

    /// <summary>Makes the next request(s) fail with <paramref name="status"/> before anything is checked.</summary>
    public void FailNext(int status, int? retryAfterSeconds)
    {
        lock (_gate)
        {
            _scriptedFailures.Enqueue((status, retryAfterSeconds));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
            // The listener was closed under a pending GetContextAsync; that is how the loop ends.
        }

        _stopping.Dispose();
    }

    private static int FindFreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // One at a time: the client sends one request at a time, and arrival order is what tests check.
            try
            {
                await HandleAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException
                                           or ObjectDisposedException)
            {
                // The client gave up on this request (cancellation test) or the stub is stopping; nothing to answer.
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var recorded = new StubRequest(
            arrivedAt, request.HttpMethod, request.RawUrl ?? string.Empty, request.QueryString["api-version"],
            request.Headers["Ocp-Apim-Subscription-Key"], request.ContentType, body, ParseDocuments(body));
        (int Status, int? RetryAfterSeconds)? failure = null;
        lock (_gate)
        {
            _requests.Add(recorded);
            if (_scriptedFailures.Count > 0)
            {
                failure = _scriptedFailures.Dequeue();
            }
        }

        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay, _stopping.Token);
        }

        int status;
        string json;
        int? retryAfter = null;
        if (failure is { } scripted)
        {
            status = scripted.Status;
            json = ErrorBody(status == 429 ? "TooManyRequests" : "InternalServerError", "Scripted failure.");
            retryAfter = scripted.RetryAfterSeconds;
        }
        else
        {
            (status, json) = Answer(recorded);
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        if (retryAfter is { } seconds)
        {
            response.Headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static (int Status, string Json) Answer(StubRequest request)
    {
        if (request.Method != "POST" || !request.RawUrl.StartsWith("/language/:analyze-text?", StringComparison.Ordinal))
        {
            return (404, ErrorBody("NotFound", $"No operation at {request.Method} {request.RawUrl}."));
        }

        if (request.Key != ValidKey)
        {
            // The real service answers a wrong key with 401 and this shape.
            return (401, ErrorBody("401", "Access denied due to invalid subscription key or wrong API endpoint."));
        }

        if (request.ApiVersion != "2023-04-01")
        {
            return (404, ErrorBody("UnsupportedApiVersion", $"The requested API version {request.ApiVersion} is not supported."));
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return (400, ErrorBody("InvalidRequest", "Request body is not JSON."));
        }

        if (root?["kind"]?.GetValue<string>() != "SentimentAnalysis"
            || root["analysisInput"]?["documents"] is not JsonArray documents)
        {
            return (400, ErrorBody("InvalidRequest", "Expected kind SentimentAnalysis and analysisInput.documents."));
        }

        if (documents.Count > 10)
        {
            return (400, ErrorBody("InvalidArgument", "Batch request contains too many records. Max 10 records are permitted.",
                "InvalidDocumentBatch"));
        }

        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in request.Documents)
        {
            if (document.Text.Length == 0)
            {
                errors.Add(DocumentError(document.Id, "InvalidDocument", "Document text is empty."));
            }
            else if (document.Text.Length > 5120)
            {
                // Synchronous requests: an over-long document gets a per-document error, the others are still scored.
                errors.Add(DocumentError(document.Id, "InvalidDocument",
                    "A document within the request was too large to be processed. Limit document size to: 5120 text elements."));
            }
            else if (document.Language != "en")
            {
                errors.Add(DocumentError(document.Id, "UnsupportedLanguageCode", $"Invalid language code '{document.Language}'."));
            }
            else if (document.Text.Contains(ErrorMarker, StringComparison.Ordinal))
            {
                errors.Add(DocumentError(document.Id, "UnsupportedLanguageCode", "Invalid language code. Supported languages: en."));
            }
            else
            {
                var (positive, neutral, negative) = Confidence(document.Text);
                var label = positive > negative && positive > neutral ? "positive"
                    : negative > positive && negative > neutral ? "negative" : "neutral";
                results.Add(new JsonObject
                {
                    ["id"] = document.Id,
                    ["sentiment"] = label,
                    ["confidenceScores"] = new JsonObject { ["positive"] = positive, ["neutral"] = neutral, ["negative"] = negative },
                    ["sentences"] = new JsonArray(),
                    ["warnings"] = new JsonArray(),
                });
            }
        }

        // The API does not promise result order; reversed here so the client must match results by id.
        var reversed = new JsonArray();
        for (var i = results.Count - 1; i >= 0; i--)
        {
            reversed.Add(results[i]!.DeepClone());
        }

        var answer = new JsonObject
        {
            ["kind"] = "SentimentAnalysisResults",
            ["results"] = new JsonObject
            {
                ["documents"] = reversed,
                ["errors"] = errors,
                ["modelVersion"] = "2022-11-01",
            },
        };
        return (200, answer.ToJsonString());
    }

    private static (double Positive, double Neutral, double Negative) Confidence(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return (0, 1, 0);
        }

        var positive = (double)words.Count(w => PositiveWords.Contains(w.Trim('.', ',', '!', '?'))) / words.Length;
        var negative = (double)words.Count(w => NegativeWords.Contains(w.Trim('.', ',', '!', '?'))) / words.Length;
        return (positive, 1 - positive - negative, negative);
    }

    private static IReadOnlyList<StubDocument> ParseDocuments(string body)
    {
        try
        {
            if (JsonNode.Parse(body)?["analysisInput"]?["documents"] is JsonArray documents)
            {
                return [.. documents.Select(d => new StubDocument(
                    d?["id"]?.GetValue<string>() ?? string.Empty,
                    d?["language"]?.GetValue<string>() ?? string.Empty,
                    d?["text"]?.GetValue<string>() ?? string.Empty))];
            }
        }
        catch (JsonException)
        {
            // Answered with 400 by Answer.
        }

        return [];
    }

    private static JsonObject DocumentError(string id, string innerCode, string message) => new()
    {
        ["id"] = id,
        ["error"] = new JsonObject
        {
            ["code"] = "InvalidArgument",
            ["message"] = "Invalid document in request.",
            ["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message },
        },
    };

    private static string ErrorBody(string code, string message, string? innerCode = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = message };
        }

        return new JsonObject { ["error"] = error }.ToJsonString();
    }
}
