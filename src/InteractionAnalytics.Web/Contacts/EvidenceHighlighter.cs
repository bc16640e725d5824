namespace InteractionAnalytics.Web.Contacts;

/// <summary>
/// Splits a turn's text into the pieces around its evidence spans (UTF-16 offsets, end exclusive), so the page can wrap the
/// evidence in <c>&lt;mark&gt;</c> and encode every piece: no markup is ever built from the text.
/// </summary>
public static class EvidenceHighlighter
{
    /// <summary>
    /// <paramref name="text"/> as consecutive segments, the characters inside any span highlighted. Spans are clamped to the
    /// text; empty ones are ignored; overlapping or touching spans are merged into one highlight.
    /// </summary>
    /// <param name="text">The turn's text.</param>
    /// <param name="spans">The evidence spans in this turn: start inclusive, end exclusive.</param>
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var ordered = spans
            .Select(s => (Start: Math.Clamp(s.Start, 0, text.Length), End: Math.Clamp(s.End, 0, text.Length)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start)
            .ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var span in ordered)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var (start, end) in merged)
        {
            if (start > at)
            {
                segments.Add(new TextSegment(text[at..start], false));
            }

            segments.Add(new TextSegment(text[start..end], true));
            at = end;
        }

        if (at < text.Length || segments.Count == 0)
        {
            segments.Add(new TextSegment(text[at..], false));
        }

        return segments;
    }
}
