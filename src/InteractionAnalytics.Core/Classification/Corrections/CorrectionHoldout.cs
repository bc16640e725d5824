namespace InteractionAnalytics.Core.Classification.Corrections;

/// <summary>
/// Which corrected contacts <c>ia train --include-corrections --holdout-percent</c> leaves out of training, so that
/// <c>ia evaluate --corrections</c> can score the retrained model on corrections it has not seen. The choice depends only
/// on the call id (a stable hash), so training and evaluation agree without storing a list, and a contact stays on the
/// same side as more corrections arrive.
/// </summary>
/// <param name="Percent">Share of corrected contacts held out, 0..90 (whole percent); 0 holds out none.</param>
public sealed record CorrectionHoldout(int Percent)
{
    /// <summary>The model-file metadata key under which <c>ia train</c> records <see cref="Percent"/>.</summary>
    public const string MetadataKey = "corrections_holdout_percent";

    /// <summary>The largest share that may be held out, in percent; most corrections must still teach the model.</summary>
    public const int MaximumPercent = 90;

    /// <summary>The percent; 0..<see cref="MaximumPercent"/>.</summary>
    public int Percent { get; } = Percent is >= 0 and <= MaximumPercent
        ? Percent
        : throw new ArgumentOutOfRangeException(nameof(Percent), Percent, $"The holdout is a whole percent from 0 to {MaximumPercent}.");

    /// <summary>
    /// Whether <paramref name="callId"/> is held out: its 32-bit FNV-1a hash (over the UTF-16 code units) modulo 100 is
    /// below <see cref="Percent"/>.
    /// </summary>
    public bool IsHeldOut(string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        return Percent > 0 && Bucket(callId) < Percent;
    }

    /// <summary>The call id's bucket, 0..99.</summary>
    public static int Bucket(string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in callId)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash % 100);
        }
    }
}
