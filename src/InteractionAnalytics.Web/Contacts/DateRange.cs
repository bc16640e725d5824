using System.Globalization;

namespace InteractionAnalytics.Web.Contacts;

/// <summary>Parses the <c>from</c> and <c>to</c> dates of a page (yyyy-MM-dd, the contacts' local dates, both inclusive).</summary>
public static class DateRange
{
    /// <summary>
    /// Parses both ends; a missing end is no bound. <see langword="false"/> with a message when an end is not a date or
    /// <paramref name="fromText"/> is after <paramref name="toText"/>.
    /// </summary>
    public static bool TryParse(string? fromText, string? toText, out DateOnly? from, out DateOnly? to, out string? error)
    {
        from = null;
        to = null;
        error = null;
        if (!TryParseOne(fromText, "from", out from, ref error) || !TryParseOne(toText, "to", out to, ref error))
        {
            return false;
        }

        if (from > to)
        {
            error = "The from date is after the to date.";
            return false;
        }

        return true;
    }

    private static bool TryParseOne(string? text, string name, out DateOnly? date, ref string? error)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"The {name} date is not a date in the form yyyy-MM-dd.";
        return false;
    }
}
