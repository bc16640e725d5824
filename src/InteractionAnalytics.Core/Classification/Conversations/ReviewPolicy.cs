using System.Globalization;

namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>Flags classifications for supervisor review: any label whose confidence is below the threshold.</summary>
/// <param name="Threshold">Confidence below which a label is flagged, in [0, 1]; default 0.5. 0 flags nothing.</param>
public sealed record ReviewPolicy(double Threshold = 0.5)
{
    /// <summary>Applies the policy to <paramref name="classification"/>.</summary>
    public ReviewedClassification Review(ContactClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var reasons = new List<string>(2);
        if (classification.IntentConfidence < Threshold)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"intent confidence {classification.IntentConfidence:0.00} below {Threshold:0.00}"));
        }

        if (classification.RootCauseConfidence < Threshold)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"root cause confidence {classification.RootCauseConfidence:0.00} below {Threshold:0.00}"));
        }

        return new ReviewedClassification(classification, reasons.Count > 0, reasons.Count > 0 ? string.Join("; ", reasons) : null);
    }
}
