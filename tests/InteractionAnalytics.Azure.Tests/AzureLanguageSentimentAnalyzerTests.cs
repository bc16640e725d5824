using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Azure;

namespace InteractionAnalytics.Azure.Tests;

public sealed class AzureLanguageSentimentAnalyzerTests
{
    [Test]
    public async Task ScoreAsync_EmptyInput_ReturnsEmptyWithoutRequest()
    {
        await using var stub = AzureLanguageStub.Start();

        var scores = await Analyzer(stub).ScoreAsync([], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scores, Is.Empty);
            Assert.That(stub.Requests, Is.Empty);
        }
    }

    [Test]
    public async Task ScoreAsync_EmptyAndWhitespaceTexts_ScoreZeroAndAreNotSent()
    {
        await using var stub = AzureLanguageStub.Start();

        var scores = await Analyzer(stub).ScoreAsync(["", "good", "   ", "\n\t"], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scores, Is.EqualTo(new[] { 0.0, 1.0, 0.0, 0.0 }));
            Assert.That(stub.Requests, Has.Count.EqualTo(1));
            Assert.That(stub.Requests[0].Documents.Select(d => d.Text), Is.EqualTo(new[] { "good" }));
        }
    }

    [Test]
    public async Task ScoreAsync_OnlyEmptyTexts_SendsNoRequest()
    {
        await using var stub = AzureLanguageStub.Start();

        var scores = await Analyzer(stub).ScoreAsync(["", " "], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scores, Is.EqualTo(new[] { 0.0, 0.0 }));
            Assert.That(stub.Requests, Is.Empty);
        }
    }

    [Test]
    public async Task ScoreAsync_SendsTheDocumentedRequest()
    {
        await using var stub = AzureLanguageStub.Start();

        await Analyzer(stub).ScoreAsync(["good call", "bad call"], CancellationToken.None);

        var request = stub.Requests.Single();
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        var documents = root.GetProperty("analysisInput").GetProperty("documents").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.RawUrl, Is.EqualTo("/language/:analyze-text?api-version=2023-04-01"));
            Assert.That(request.Key, Is.EqualTo(AzureLanguageStub.ValidKey));
            Assert.That(request.ContentType, Does.StartWith("application/json"));
            Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("SentimentAnalysis"));
            Assert.That(root.GetProperty("parameters").GetProperty("modelVersion").GetString(), Is.EqualTo("latest"));
            Assert.That(documents.Select(d => d.GetProperty("id").GetString()), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(documents.Select(d => d.GetProperty("language").GetString()), Is.EqualTo(new[] { "en", "en" }));
            Assert.That(documents.Select(d => d.GetProperty("text").GetString()), Is.EqualTo(new[] { "good call", "bad call" }));
        }
    }

    [Test]
    public async Task ScoreAsync_23Texts_SendsThreeRequestsInOrderAndReturnsInputOrder()
    {
        await using var stub = AzureLanguageStub.Start();
        string[] moods = ["good", "bad", "okay", "great thanks", "awful angry"];
        var texts = Enumerable.Range(0, 23).Select(i => $"call {i} was {moods[i % moods.Length]} today").ToArray();

        var scores = await Analyzer(stub).ScoreAsync(texts, CancellationToken.None);

        var requests = stub.Requests;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests.Select(r => r.Documents.Count), Is.EqualTo(new[] { 10, 10, 3 }));
            Assert.That(requests.SelectMany(r => r.Documents).Select(d => d.Text), Is.EqualTo(texts));
            Assert.That(scores, Has.Count.EqualTo(23));
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.That(scores[i], Is.EqualTo(AzureLanguageStub.ExpectedScore(texts[i])).Within(1e-12), $"text {i}");
            }
        }
    }

    [Test]
    public async Task ScoreAsync_12000CharacterText_IsSplitIntoThreePiecesAndCombinedByLength()
    {
        await using var stub = AzureLanguageStub.Start();
        // 6,000 characters of praise, then 6,000 of neutral words: the first piece is all positive, the second mixed,
        // the third neutral, and the pieces differ in length, so a plain mean of the pieces would be wrong.
        var text = new StringBuilder()
            .Insert(0, "good ", 1200)
            .Append(new StringBuilder().Insert(0, "okay ", 1199))
            .Append("okay!")
            .ToString();
        Assert.That(text, Has.Length.EqualTo(12_000));

        var scores = await Analyzer(stub).ScoreAsync(["thanks", text], CancellationToken.None);

        var request = stub.Requests.Single();
        var pieces = request.Documents.Skip(1).Select(d => d.Text).ToList();
        var expected = pieces.Sum(p => AzureLanguageStub.ExpectedScore(p) * p.Length) / pieces.Sum(p => p.Length);
        var unweighted = pieces.Average(AzureLanguageStub.ExpectedScore);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pieces, Has.Count.EqualTo(3));
            Assert.That(pieces, Has.All.Length.LessThanOrEqualTo(5120));
            Assert.That(string.Join(' ', pieces), Is.EqualTo(text), "pieces are cut at whitespace and lose nothing else");
            Assert.That(scores[0], Is.EqualTo(1.0));
            Assert.That(scores[1], Is.EqualTo(expected).Within(1e-12));
            Assert.That(Math.Abs(expected - unweighted), Is.GreaterThan(0.01), "the test text must tell weighted from plain means");
        }
    }

    [Test]
    public async Task ScoreAsync_429WithRetryAfter_WaitsAndRetries()
    {
        await using var stub = AzureLanguageStub.Start();
        stub.FailNext(429, retryAfterSeconds: 1);

        var scores = await Analyzer(stub).ScoreAsync(["good morning"], CancellationToken.None);

        var requests = stub.Requests;
        Assert.That(requests, Has.Count.EqualTo(2));
        var waited = Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scores, Is.EqualTo(new[] { AzureLanguageStub.ExpectedScore("good morning") }));
            Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9)), "the retry honours Retry-After: 1");
            Assert.That(requests[1].Body, Is.EqualTo(requests[0].Body), "the retry resends the same documents");
        }
    }

    [Test]
    public async Task ScoreAsync_429BeyondMaxRetries_ThrowsRequestFailed()
    {
        await using var stub = AzureLanguageStub.Start();
        stub.FailNext(429, retryAfterSeconds: 0);
        stub.FailNext(429, retryAfterSeconds: 0);
        var analyzer = new AzureLanguageSentimentAnalyzer(Options(stub) with { MaxRetries = 1 });

        var exception = (await Assert.ThrowsAsync<RequestFailedException>(
            () => analyzer.ScoreAsync(["good"], CancellationToken.None)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(429));
            Assert.That(exception.ErrorCode, Is.EqualTo("TooManyRequests"));
            Assert.That(stub.Requests, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public async Task ScoreAsync_DocumentError_ThrowsNamingDocumentAndCodeAndStops()
    {
        await using var stub = AzureLanguageStub.Start();
        var texts = Enumerable.Range(0, 15).Select(i => $"good call {i}").ToArray();
        texts[2] = $"bad call {AzureLanguageStub.ErrorMarker}";

        var exception = (await Assert.ThrowsAsync<AzureLanguageDocumentException>(
            () => Analyzer(stub).ScoreAsync(texts, CancellationToken.None)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.DocumentId, Is.EqualTo("3"));
            Assert.That(exception.TextIndex, Is.EqualTo(2));
            Assert.That(exception.ErrorCode, Is.EqualTo("InvalidArgument"));
            Assert.That(exception.InnerErrorCode, Is.EqualTo("UnsupportedLanguageCode"));
            Assert.That(exception.Message, Does.Contain("'3'").And.Contain("InvalidArgument/UnsupportedLanguageCode"));
            Assert.That(stub.Requests, Has.Count.EqualTo(1), "the second batch is not sent after a failed one");
        }
    }

    [Test]
    public async Task ScoreAsync_LanguageOption_IsSentWithEveryDocument()
    {
        await using var stub = AzureLanguageStub.Start();
        var analyzer = new AzureLanguageSentimentAnalyzer(Options(stub) with { Language = "xx" });

        var exception = (await Assert.ThrowsAsync<AzureLanguageDocumentException>(
            () => analyzer.ScoreAsync(["good"], CancellationToken.None)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.InnerErrorCode, Is.EqualTo("UnsupportedLanguageCode"));
            Assert.That(stub.Requests.Single().Documents.Single().Language, Is.EqualTo("xx"));
        }
    }

    [Test]
    public async Task ScoreAsync_WrongKey_ThrowsRequestFailedWithoutRetrying()
    {
        await using var stub = AzureLanguageStub.Start();
        var analyzer = new AzureLanguageSentimentAnalyzer(Options(stub) with { Key = "not-the-key-7f3a" });

        var exception = (await Assert.ThrowsAsync<RequestFailedException>(
            () => analyzer.ScoreAsync(["good"], CancellationToken.None)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(401));
            Assert.That(stub.Requests, Has.Count.EqualTo(1));
            Assert.That(exception.Message, Does.Not.Contain("not-the-key-7f3a"), "the key is not echoed into the exception");
        }
    }

    [Test]
    public async Task ScoreAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        await using var stub = AzureLanguageStub.Start();
        stub.ResponseDelay = TimeSpan.FromSeconds(30);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.CatchAsync<OperationCanceledException>(() => Analyzer(stub).ScoreAsync(["good"], cancellation.Token));
    }

    [Test]
    public async Task ScoreAsync_AlreadyCancelled_SendsNothing()
    {
        await using var stub = AzureLanguageStub.Start();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.CatchAsync<OperationCanceledException>(() => Analyzer(stub).ScoreAsync(["good"], cancellation.Token));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task ScoreAsync_SmallerBatchOption_IsHonoured()
    {
        await using var stub = AzureLanguageStub.Start();
        var analyzer = new AzureLanguageSentimentAnalyzer(Options(stub) with { MaxDocumentsPerRequest = 4 });

        await analyzer.ScoreAsync(Enumerable.Range(0, 9).Select(i => $"text {i}").ToArray(), CancellationToken.None);

        Assert.That(stub.Requests.Select(r => r.Documents.Count), Is.EqualTo(new[] { 4, 4, 1 }));
    }

    [Test]
    public async Task ScoreAsync_EndpointWithBasePath_KeepsThePath()
    {
        await using var stub = AzureLanguageStub.Start();
        // A gateway prefix without a trailing slash: the request path goes under it, not in place of it.
        var analyzer = new AzureLanguageSentimentAnalyzer(Options(stub) with { Endpoint = new Uri(stub.Endpoint, "gateway/v1") });

        var exception = (await Assert.ThrowsAsync<RequestFailedException>(
            () => analyzer.ScoreAsync(["good"], CancellationToken.None)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stub.Requests.Single().RawUrl, Is.EqualTo("/gateway/v1/language/:analyze-text?api-version=2023-04-01"));
            Assert.That(exception.Status, Is.EqualTo(404), "the stub serves only the root path");
        }
    }

    [Test]
    public void Name_IsAzureLanguage()
    {
        var analyzer = new AzureLanguageSentimentAnalyzer(new AzureLanguageOptions
        {
            Endpoint = new Uri("https://example.invalid/"),
            Key = "k",
        });

        Assert.That(analyzer.Name, Is.EqualTo("azure-language"));
    }

    private static AzureLanguageOptions Options(AzureLanguageStub stub) => new()
    {
        Endpoint = stub.Endpoint,
        Key = AzureLanguageStub.ValidKey,
        // Short computed delays keep tests fast; a Retry-After from the stub still wins.
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(100),
    };

    private static AzureLanguageSentimentAnalyzer Analyzer(AzureLanguageStub stub) => new(Options(stub));
}
