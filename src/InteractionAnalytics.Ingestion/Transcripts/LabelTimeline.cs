using System.Runtime.InteropServices;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Remembers, per speaker label, where the last item started, and rejects an item that starts earlier: within one
/// speaker, channel or participant a vendor file is in time order, so going backwards means a corrupt or spliced file.
/// Not thread-safe; one instance per file.
/// </summary>
internal sealed class LabelTimeline
{
    /// <summary>How far, in seconds, an item may start before the previous item of its label (rounding in the source).</summary>
    public const double ToleranceSeconds = 0.001;

    private readonly Dictionary<string, double> _lastStart = new(StringComparer.Ordinal);

    /// <summary>Records that item <paramref name="number"/> of <paramref name="label"/> starts at <paramref name="start"/>.</summary>
    /// <param name="label">The item's speaker label.</param>
    /// <param name="start">Its start, seconds.</param>
    /// <param name="noun">What the file calls the item, for the message: <c>item</c>, <c>phrase</c>…</param>
    /// <param name="number">Its 1-based position in the array it was read from.</param>
    /// <exception cref="TranscriptFormatException">
    /// The item starts more than <see cref="ToleranceSeconds"/> before the previous one of its label.
    /// </exception>
    public void Check(string label, double start, string noun, int number)
    {
        ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(_lastStart, label, out var seen);
        if (seen && start < last - ToleranceSeconds)
        {
            throw new TranscriptFormatException(
                $"times go backwards: {noun} {number} ({label}) starts at {VendorJson.Seconds(start)}, " +
                $"before the previous {noun} of {label} at {VendorJson.Seconds(last)}");
        }

        // Keep the later of the two so a tolerated small step back does not lower the bar for the next item.
        last = seen ? Math.Max(last, start) : start;
    }
}
