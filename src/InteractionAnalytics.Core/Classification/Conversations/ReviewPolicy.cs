using System.Globalization;

namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>
/// Flags classifications for supervisor review: any label whose confidence is below the threshold, and (by default)
/// a root cause on which the phrase rules and the model disagree (<see cref="ContactClassification.RulesDisagree"/>,
/// docs/classification.md).
/// </summary>
/// <param name="Threshold">Confidence below which a label is flagged, in [0, 1]; default 0.5. 0 flags nothing.</param>
/// <param name="FlagRulesDisagreement">
/// Whether to flag contacts whose phrase rules and model disagree on the root cause; default
/// <see langword="true"/>. Both may be right about different parts of the call, which is what a supervisor decides.
/// </param>
public sealed record ReviewPolicy(double Threshold = 0.5, bool FlagRulesDisagreement = true)
{
    /// <summary>Applies the policy to <paramref name="classification"/>.</summary>
    public ReviewedClassification Review(ContactClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var reasons = new List<string>(3);
        if (classification.IntentConfidence < Threshold)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"intent confidence {classification.IntentConfidence:0.00} below {Threshold:0.00}"));
        }

        if (classification.RootCauseConfidence < Threshold)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"root cause confidence {classification.RootCauseConfidence:0.00} below {Threshold:0.00}"));
        }

        var lowConfidence = reasons.Count > 0;
        var disagreement = FlagRulesDisagreement && classification.RulesDisagree;
        if (disagreement)
        {
            reasons.Add(classification.ModelRootCause is { } model && model != classification.RuleRootCause
                ? $"rules say {classification.RuleRootCause}, model says {model}"
                : $"rules say {classification.RuleRootCause}, outweighed by the model ({classification.RootCause})");
        }

        var flagged = lowConfidence || disagreement;
        return new ReviewedClassification(classification, flagged, flagged ? string.Join("; ", reasons) : null)
        {
            LowConfidence = lowConfidence,
            RulesDisagreementFlagged = disagreement,
        };
    }
}
