namespace InteractionAnalytics.Core.Privacy;

/// <summary>Where one value was found in the original text (the value itself is not kept).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">UTF-16 offset of its first character in the original text.</param>
/// <param name="Length">Its length in UTF-16 characters.</param>
public readonly record struct PiiFinding(PiiKind Kind, int Start, int Length)
{
    /// <summary>Offset just past its last character (exclusive).</summary>
    public int End => Start + Length;
}
