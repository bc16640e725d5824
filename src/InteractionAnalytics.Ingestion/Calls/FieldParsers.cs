using System.Globalization;

namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>
/// Parsers for the value types of <c>calls.csv</c>. Each returns <see langword="null"/> on success and a
/// reason (naming the field and the bad value) on failure, so a row can report every problem at once.
/// </summary>
internal static class FieldParsers
{
    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd' 'HH:mmzzz",
    ];

    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd' 'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd' 'HH:mm",
    ];

    /// <summary>
    /// Parses an ISO 8601 timestamp (or one in <paramref name="format"/>). A timestamp with an offset
    /// (<c>Z</c>, <c>+01:00</c>, <c>+0100</c>) keeps it; one without is read as local time in
    /// <paramref name="timeZone"/>. A local time that does not exist there (the spring-forward gap) is an
    /// error; one that exists twice (the fall-back hour) is taken as its first occurrence.
    /// </summary>
    public static string? Timestamp(string field, string raw, TimeZoneInfo? timeZone, string? format, out DateTimeOffset value)
    {
        value = default;
        var text = raw.Trim();
        if (format is not null)
        {
            if (format.Contains('z', StringComparison.Ordinal) || format.Contains('K', StringComparison.Ordinal))
            {
                return DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
                    ? null
                    : $"{field} '{raw}' does not match the timestamp format '{format}'";
            }

            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? Localize(field, raw, local, timeZone, out value)
                : $"{field} '{raw}' does not match the timestamp format '{format}'";
        }

        var normalized = NormalizeOffset(text);
        if (normalized is not null)
        {
            return DateTimeOffset.TryParseExact(normalized, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
                ? null
                : $"{field} '{raw}' is not an ISO 8601 timestamp (expected e.g. 2026-11-17T09:15:02+01:00)";
        }

        return DateTime.TryParseExact(text, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var naive)
            ? Localize(field, raw, naive, timeZone, out value)
            : $"{field} '{raw}' is not an ISO 8601 timestamp (expected e.g. 2026-11-17T09:15:02+01:00)";
    }

    private static string? Localize(string field, string raw, DateTime local, TimeZoneInfo? timeZone, out DateTimeOffset value)
    {
        value = default;
        if (timeZone is null)
        {
            return $"{field} '{raw}' has no UTC offset; add one to the export or pass --timezone (e.g. --timezone America/Chicago)";
        }

        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local))
        {
            return $"{field} '{raw}' does not exist in time zone {timeZone.Id} (clocks skipped it for daylight saving time)";
        }

        // The repeated hour of a fall-back: the larger offset is the earlier instant, the first occurrence.
        var offset = timeZone.IsAmbiguousTime(local)
            ? timeZone.GetAmbiguousTimeOffsets(local).Max()
            : timeZone.GetUtcOffset(local);
        value = new DateTimeOffset(local, offset);
        return null;
    }

    /// <summary>Rewrites a trailing offset to <c>+hh:mm</c>; <see langword="null"/> when the text has none.</summary>
    private static string? NormalizeOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return string.Concat(text.AsSpan(0, text.Length - 1), "+00:00");
        }

        // Look for ±hh:mm or ±hhmm or ±hh after the time part (the date's own '-' come before 'T' or ' ').
        var timeStart = text.IndexOfAny(['T', ' ']);
        if (timeStart < 0)
        {
            return null;
        }

        var sign = text.LastIndexOfAny(['+', '-']);
        if (sign <= timeStart)
        {
            return null;
        }

        var offset = text[(sign + 1)..];
        return offset.Length switch
        {
            5 when offset[2] == ':' => text,
            4 => string.Concat(text.AsSpan(0, sign + 3), ":", offset.AsSpan(2)),
            2 => text + ":00",
            _ => text,
        };
    }

    /// <summary>
    /// Parses a duration: a plain number (in <paramref name="unit"/>), or <c>mm:ss</c> / <c>hh:mm:ss</c>
    /// (fractions of a second allowed). Negative values parse; the contact rules reject them with a clear reason.
    /// </summary>
    public static string? Duration(string field, string raw, DurationUnit unit, out double seconds)
    {
        seconds = 0;
        var text = raw.Trim();
        if (text.Contains(':', StringComparison.Ordinal))
        {
            var negative = text.StartsWith('-');
            var parts = text.TrimStart('-').Split(':');
            if (parts.Length is < 2 or > 3)
            {
                return $"{field} '{raw}' is not a duration (expected seconds, mm:ss or hh:mm:ss)";
            }

            double total = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                var isLast = i == parts.Length - 1;
                var style = isLast ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
                if (!double.TryParse(parts[i], style, CultureInfo.InvariantCulture, out var part) || (i > 0 && part >= 60))
                {
                    return $"{field} '{raw}' is not a duration (expected seconds, mm:ss or hh:mm:ss)";
                }

                total = (total * 60) + part;
            }

            seconds = negative ? -total : total;
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || double.IsInfinity(number))
        {
            return $"{field} '{raw}' is not a number of {(unit == DurationUnit.Seconds ? "seconds" : "milliseconds")}";
        }

        seconds = unit == DurationUnit.Milliseconds ? number / 1000 : number;
        return null;
    }

    /// <summary>Parses a whole, non-negative or negative count (the rules reject negatives).</summary>
    public static string? Count(string field, string raw, out int count) =>
        int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count)
            ? null
            : $"{field} '{raw}' is not a whole number";

    /// <summary>Parses a flag: true/false, yes/no, y/n, t/f, 1/0 (any case).</summary>
    public static string? Flag(string field, string raw, out bool value)
    {
        switch (raw.Trim().ToUpperInvariant())
        {
            case "TRUE" or "YES" or "Y" or "T" or "1":
                value = true;
                return null;
            case "FALSE" or "NO" or "N" or "F" or "0":
                value = false;
                return null;
            default:
                value = false;
                return $"{field} '{raw}' is not true or false";
        }
    }
}
