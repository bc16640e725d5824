using System.Globalization;

namespace InteractionAnalytics.Storage;

/// <summary>How values are written as text in the database, in one place so every writer agrees.</summary>
internal static class StorageFormat
{
    /// <summary>ISO 8601 with milliseconds and the value's own offset, e.g. <c>2026-11-17T09:15:02.000-05:00</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>UTC, fixed width, so that text order is time order: <c>2026-11-17T14:15:02.000Z</c>.</summary>
    public static string UtcTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The local calendar date in the value's own offset: <c>2026-11-17</c>.</summary>
    public static string Date(DateTimeOffset value) => Date(DateOnly.FromDateTime(value.DateTime));

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses what <see cref="Timestamp"/> wrote.</summary>
    public static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
