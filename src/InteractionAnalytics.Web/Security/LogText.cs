namespace InteractionAnalytics.Web.Security;

/// <summary>Makes text a visitor typed safe to put in a log line.</summary>
internal static class LogText
{
    /// <summary>
    /// <paramref name="value"/> cut to 64 characters with control characters (line breaks) replaced by <c>?</c>, so a
    /// visitor cannot forge log lines.
    /// </summary>
    public static string Safe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(empty)";
        }

        var cut = value.Length > 64 ? value[..64] : value;
        return string.Create(cut.Length, cut, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
            }
        });
    }
}
