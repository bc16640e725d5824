namespace InteractionAnalytics.Classification.Evaluation;

/// <summary>
/// One corrected contact scored twice: what a supervisor set, what the model before said and what the model after says.
/// </summary>
/// <param name="CallId">The contact.</param>
/// <param name="CorrectedIntent">The intent the supervisor set; <see langword="null"/> when only the root cause was corrected.</param>
/// <param name="CorrectedRootCause">The root cause the supervisor set; <see langword="null"/> when only the intent was corrected.</param>
/// <param name="BeforeIntent">The intent before: the stored classification, or the <c>--before</c> model's.</param>
/// <param name="BeforeRootCause">The root cause before.</param>
/// <param name="AfterIntent">The intent the model after (<c>--model</c>) gives.</param>
/// <param name="AfterRootCause">The root cause the model after gives.</param>
/// <param name="HeldOut">Whether the contact was held out of the after model's training (<c>--holdout-percent</c>).</param>
public sealed record CorrectedPrediction(
    string CallId,
    string? CorrectedIntent,
    string? CorrectedRootCause,
    string BeforeIntent,
    string BeforeRootCause,
    string AfterIntent,
    string AfterRootCause,
    bool HeldOut);
