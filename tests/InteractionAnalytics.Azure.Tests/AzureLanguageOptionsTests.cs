using Azure.Core;

namespace InteractionAnalytics.Azure.Tests;

public sealed class AzureLanguageOptionsTests
{
    private static readonly AzureLanguageOptions Valid = new()
    {
        Endpoint = new Uri("https://my-resource.cognitiveservices.azure.com/"),
        Key = "secret-key-value",
    };

    [Test]
    public void Defaults_AreTheDocumentedOnes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Valid.ApiVersion, Is.EqualTo("2023-04-01"));
            Assert.That(Valid.Language, Is.EqualTo("en"));
            Assert.That(Valid.ModelVersion, Is.EqualTo("latest"));
            Assert.That(Valid.MaxDocumentsPerRequest, Is.EqualTo(10));
            Assert.That(Valid.MaxCharactersPerDocument, Is.EqualTo(5120));
            Assert.That(Valid.MaxRetries, Is.EqualTo(3));
            Assert.That(Valid.RetryDelay, Is.EqualTo(TimeSpan.FromSeconds(0.8)));
            Assert.That(Valid.MaxRetryDelay, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(Valid.RetryMode, Is.EqualTo(RetryMode.Exponential));
            Assert.That(Valid.NetworkTimeout, Is.EqualTo(TimeSpan.FromSeconds(100)));
        }

        Assert.DoesNotThrow(Valid.Validate);
    }

    private static IEnumerable<TestCaseData> InvalidOptions()
    {
        static TestCaseData Case(AzureLanguageOptions options, string setting, string name) =>
            new TestCaseData(options, setting).SetName($"Validate_{name}_Throws");

        yield return Case(Valid with { Endpoint = new Uri("/relative", UriKind.Relative) }, "Endpoint", "RelativeEndpoint");
        yield return Case(Valid with { Endpoint = new Uri("ftp://example.com/") }, "Endpoint", "FtpEndpoint");
        yield return Case(Valid with { Endpoint = new Uri("https://example.com/?a=b") }, "Endpoint", "EndpointWithQuery");
        yield return Case(Valid with { Key = " " }, "Key", "BlankKey");
        yield return Case(Valid with { ApiVersion = "" }, "ApiVersion", "EmptyApiVersion");
        yield return Case(Valid with { Language = "" }, "Language", "EmptyLanguage");
        yield return Case(Valid with { ModelVersion = "" }, "ModelVersion", "EmptyModelVersion");
        yield return Case(Valid with { MaxDocumentsPerRequest = 0 }, "MaxDocumentsPerRequest", "ZeroDocuments");
        yield return Case(Valid with { MaxDocumentsPerRequest = 11 }, "MaxDocumentsPerRequest", "ElevenDocuments");
        yield return Case(Valid with { MaxCharactersPerDocument = 1 }, "MaxCharactersPerDocument", "OneCharacter");
        yield return Case(Valid with { MaxCharactersPerDocument = 5121 }, "MaxCharactersPerDocument", "5121Characters");
        yield return Case(Valid with { MaxRetries = -1 }, "MaxRetries", "NegativeRetries");
        yield return Case(Valid with { RetryDelay = TimeSpan.Zero }, "RetryDelay", "ZeroRetryDelay");
        yield return Case(Valid with { MaxRetryDelay = TimeSpan.FromMilliseconds(1) }, "MaxRetryDelay", "MaxDelayBelowDelay");
        yield return Case(Valid with { RetryMode = (RetryMode)42 }, "RetryMode", "UnknownRetryMode");
        yield return Case(Valid with { NetworkTimeout = TimeSpan.Zero }, "NetworkTimeout", "ZeroNetworkTimeout");
    }

    [TestCaseSource(nameof(InvalidOptions))]
    public void Validate_InvalidSetting_ThrowsNamingIt(AzureLanguageOptions options, string setting)
    {
        var exception = Assert.Throws<ArgumentException>(options.Validate);

        Assert.That(exception.ParamName, Is.EqualTo(setting));
    }

    [Test]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => _ = new AzureLanguageSentimentAnalyzer(Valid with { MaxDocumentsPerRequest = 11 }));
    }

    [Test]
    public void Validate_InfiniteNetworkTimeoutAndZeroRetries_AreAllowed()
    {
        Assert.DoesNotThrow((Valid with { NetworkTimeout = Timeout.InfiniteTimeSpan, MaxRetries = 0 }).Validate);
    }

    [Test]
    public void ToString_DoesNotShowTheKey()
    {
        Assert.That(Valid.ToString(), Does.Not.Contain("secret-key-value").And.Contain("Key = ***"));
    }
}
