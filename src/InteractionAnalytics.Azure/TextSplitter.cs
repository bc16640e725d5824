namespace InteractionAnalytics.Azure;

/// <summary>
/// Splits a text into pieces Azure accepts as documents. Lengths are UTF-16 code units (<see cref="string.Length"/>):
/// Azure counts text elements (graphemes), and a text never has more text elements than code units, so a piece of at
/// most N code units is at most N text elements.
/// </summary>
internal static class TextSplitter
{
    /// <summary>
    /// The pieces of <paramref name="text"/>, in order, each 1 to <paramref name="maxLength"/> code units, none empty
    /// or only whitespace. A piece ends at the last whitespace that keeps it within the limit; the whitespace between
    /// pieces is dropped (it carries no sentiment). A run of more than <paramref name="maxLength"/> characters without
    /// whitespace is cut hard, but never between the two halves of a surrogate pair. An empty or whitespace-only text
    /// gives no pieces.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);

        var pieces = new List<string>();
        var start = 0;
        while (true)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start >= text.Length)
            {
                return pieces;
            }

            if (text.Length - start <= maxLength)
            {
                pieces.Add(text[start..].TrimEnd());
                return pieces;
            }

            // The character at start + maxLength is the first one that does not fit; if it is whitespace the piece
            // can take all maxLength characters before it, so the search starts there.
            var cut = -1;
            for (var i = start + maxLength; i > start; i--)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    cut = i;
                    break;
                }
            }

            if (cut < 0)
            {
                cut = start + maxLength;
                if (char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }
            }

            pieces.Add(text[start..cut].TrimEnd());
            start = cut;
        }
    }
}
