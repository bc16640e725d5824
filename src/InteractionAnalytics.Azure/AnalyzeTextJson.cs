using System.Text.Json;

namespace InteractionAnalytics.Azure;

/// <summary>
/// The JSON of <c>POST {endpoint}/language/:analyze-text</c> for the <c>SentimentAnalysis</c> kind, written and
/// read by hand with System.Text.Json: only the few fields we use, so new fields Azure adds cannot break us.
/// </summary>
internal static class AnalyzeTextJson
{
    /// <summary>
    /// The request body: <c>{"kind":"SentimentAnalysis","parameters":{"modelVersion":…},
    /// "analysisInput":{"documents":[{"id":…,"language":…,"text":…}]}}</c>.
    /// </summary>
    public static BinaryData WriteSentimentRequest(IReadOnlyList<SentDocument> documents, string language, string modelVersion)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "SentimentAnalysis");
            writer.WriteStartObject("parameters");
            writer.WriteString("modelVersion", modelVersion);
            writer.WriteEndObject();
            writer.WriteStartObject("analysisInput");
            writer.WriteStartArray("documents");
            foreach (var document in documents)
            {
                writer.WriteStartObject();
                writer.WriteString("id", document.Id);
                writer.WriteString("language", language);
                writer.WriteString("text", document.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new BinaryData(buffer.ToArray());
    }

    /// <summary>
    /// The document scores of a 200 response, keyed by document id, one for every document in
    /// <paramref name="sent"/> (keyed by id). Results are matched by id, not position, because the API does not
    /// promise order.
    /// </summary>
    /// <exception cref="AzureLanguageDocumentException">The response lists an error for a document.</exception>
    /// <exception cref="InvalidDataException">The response is not the documented JSON or lacks a document.</exception>
    public static Dictionary<string, double> ReadSentimentResponse(
        BinaryData body, IReadOnlyDictionary<string, SentDocument> sent)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToMemory());
            return ReadResults(json.RootElement, sent);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("Azure AI Language returned a body that is not JSON.", e);
        }
        catch (InvalidOperationException e)
        {
            // JsonElement throws InvalidOperationException when a field has another JSON type than documented.
            throw new InvalidDataException("Azure AI Language returned JSON that is not the documented sentiment shape.", e);
        }
    }

    private static Dictionary<string, double> ReadResults(JsonElement root, IReadOnlyDictionary<string, SentDocument> sent)
    {
        if (root.TryGetProperty("kind", out var kind) && kind.GetString() != "SentimentAnalysisResults")
        {
            throw new InvalidDataException($"Azure AI Language returned kind '{kind.GetString()}', not SentimentAnalysisResults.");
        }

        var results = Required(root, "results");

        // Errors first: one failed document fails the call (see docs/azure-language.md), so there is no point
        // reading the scores of the others.
        if (results.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            throw ToException(errors[0], sent);
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var document in Required(results, "documents").EnumerateArray())
        {
            var id = Required(document, "id").GetString() ?? string.Empty;
            var confidence = Required(document, "confidenceScores");
            var positive = Required(confidence, "positive").GetDouble();
            var negative = Required(confidence, "negative").GetDouble();
            if (!double.IsFinite(positive) || !double.IsFinite(negative))
            {
                throw new InvalidDataException($"Azure AI Language returned a non-finite confidence score for document '{id}'.");
            }

            scores[id] = new DocumentScore(id, positive, negative).Score;
        }

        foreach (var id in sent.Keys)
        {
            if (!scores.ContainsKey(id))
            {
                throw new InvalidDataException($"Azure AI Language returned neither a result nor an error for document '{id}'.");
            }
        }

        return scores;
    }

    private static AzureLanguageDocumentException ToException(JsonElement documentError, IReadOnlyDictionary<string, SentDocument> sent)
    {
        var id = documentError.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
        var textIndex = sent.TryGetValue(id, out var document) ? document.TextIndex : -1;
        var code = "Unknown";
        string? innerCode = null;
        var message = string.Empty;
        if (documentError.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() ?? code : code;
            message = error.TryGetProperty("message", out var messageElement) ? messageElement.GetString() ?? message : message;
            if (error.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object)
            {
                innerCode = inner.TryGetProperty("code", out var innerCodeElement) ? innerCodeElement.GetString() : null;
                if (inner.TryGetProperty("message", out var innerMessage) && innerMessage.GetString() is { Length: > 0 } text)
                {
                    message = $"{message} ({text})";
                }
            }
        }

        return new AzureLanguageDocumentException(id, textIndex, code, innerCode, message);
    }

    private static JsonElement Required(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"Azure AI Language returned JSON without the documented field '{name}'.");
}
