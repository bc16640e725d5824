using Azure.Core;

namespace InteractionAnalytics.Azure;

/// <summary>
/// The Azure.Core pipeline settings built from <see cref="AzureLanguageOptions"/>. <see cref="ClientOptions"/> is
/// abstract, so every client has its own subclass; this one only copies the retry settings.
/// </summary>
internal sealed class AzureLanguageClientOptions : ClientOptions
{
    public AzureLanguageClientOptions(AzureLanguageOptions options)
    {
        Retry.MaxRetries = options.MaxRetries;
        Retry.Delay = options.RetryDelay;
        Retry.MaxDelay = options.MaxRetryDelay;
        Retry.Mode = options.RetryMode;
        Retry.NetworkTimeout = options.NetworkTimeout;
    }
}
