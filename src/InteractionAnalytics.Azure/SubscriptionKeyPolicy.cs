using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InteractionAnalytics.Azure;

/// <summary>
/// Sets the <c>Ocp-Apim-Subscription-Key</c> header on every request. Azure.Core's own AzureKeyCredentialPolicy is
/// internal to Azure SDK packages, so this is the public-API equivalent. The key is read from the credential on each
/// request so a rotated key (<c>AzureKeyCredential.Update</c>) takes effect without a new pipeline.
/// </summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    /// <summary>The header Azure AI Language documents for key authentication.</summary>
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HeaderName, credential.Key);
}
