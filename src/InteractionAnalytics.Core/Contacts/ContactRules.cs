namespace InteractionAnalytics.Core.Contacts;

/// <summary>
/// The consistency rules a parsed contact must meet before it is stored. Each broken rule yields one
/// human-readable reason; an empty list means the record is valid.
/// </summary>
public static class ContactRules
{
    /// <summary>
    /// The longest duration accepted for any single part (talk, hold, …) and for the whole contact:
    /// 24 hours, in seconds. Longer values are export errors (a clock reset, milliseconds sent as seconds).
    /// </summary>
    public const double MaxDurationSeconds = 86_400;

    /// <summary>The longest accepted call id, in characters.</summary>
    public const int MaxCallIdLength = 128;

    /// <summary>Returns the reasons <paramref name="record"/> cannot be stored; empty when it is valid.</summary>
    public static IReadOnlyList<string> Check(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<string>();

        if (string.IsNullOrWhiteSpace(record.CallId))
        {
            problems.Add("call_id is empty");
        }
        else if (record.CallId.Length > MaxCallIdLength)
        {
            problems.Add($"call_id is {record.CallId.Length} characters long; at most {MaxCallIdLength} are allowed");
        }
        else if (record.CallId.Any(char.IsControl))
        {
            problems.Add("call_id contains control characters");
        }
        else if (record.CallId.Contains('/', StringComparison.Ordinal) || record.CallId.Contains('\\', StringComparison.Ordinal))
        {
            // A transcript or recording is matched to its contact by file name, so such an id could never have one,
            // and an id that reads as a path (../x, /etc/x) is an attack or a broken export, not a call.
            problems.Add(@"call_id contains a path separator ('/' or '\'); call ids name transcript and recording files");
        }

        if (record.EndedAt < record.StartedAt)
        {
            problems.Add($"ended_at {Format(record.EndedAt)} is before started_at {Format(record.StartedAt)}");
        }
        else if ((record.EndedAt - record.StartedAt).TotalSeconds > MaxDurationSeconds)
        {
            problems.Add($"contact lasts {(record.EndedAt - record.StartedAt).TotalHours:0.#} h (started_at to ended_at); more than 24 h is not credible");
        }

        if (record.AnsweredAt is { } answered && (answered < record.StartedAt || answered > record.EndedAt))
        {
            problems.Add($"answered_at {Format(answered)} is outside started_at..ended_at");
        }

        CheckDuration(problems, "ivr_seconds", record.IvrSeconds);
        CheckDuration(problems, "queue_seconds", record.QueueSeconds);
        CheckDuration(problems, "talk_seconds", record.TalkSeconds);
        CheckDuration(problems, "hold_seconds", record.HoldSeconds);
        CheckDuration(problems, "acw_seconds", record.AcwSeconds);
        CheckCount(problems, "hold_count", record.HoldCount);
        CheckCount(problems, "transfer_count", record.TransferCount);

        if (record.Abandoned && record.TalkSeconds > 0)
        {
            problems.Add($"contact is marked abandoned but has talk_seconds {record.TalkSeconds}");
        }

        if (record.Abandoned && record.AnsweredAt is not null)
        {
            problems.Add("contact is marked abandoned but has answered_at");
        }

        return problems;
    }

    private static string Format(DateTimeOffset value) =>
        value.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);

    private static void CheckDuration(List<string> problems, string field, double? seconds)
    {
        if (seconds is not { } value)
        {
            return;
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            problems.Add($"{field} is not a number");
        }
        else if (value < 0)
        {
            problems.Add($"{field} is negative ({value})");
        }
        else if (value > MaxDurationSeconds)
        {
            problems.Add($"{field} is {value} s; more than 86,400 s (24 h) is not credible");
        }
    }

    private static void CheckCount(List<string> problems, string field, int count)
    {
        if (count < 0)
        {
            problems.Add($"{field} is negative ({count})");
        }
    }
}
