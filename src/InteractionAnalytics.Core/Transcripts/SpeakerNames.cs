namespace InteractionAnalytics.Core.Transcripts;

/// <summary>The lower-case names speakers have in export files and in the database.</summary>
public static class SpeakerNames
{
    /// <summary>The name of <paramref name="speaker"/>: <c>agent</c>, <c>customer</c>, <c>ivr</c> or <c>system</c>.</summary>
    public static string ToName(Speaker speaker) => speaker switch
    {
        Speaker.Agent => "agent",
        Speaker.Customer => "customer",
        Speaker.Ivr => "ivr",
        Speaker.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(speaker), speaker, "Unknown speaker."),
    };

    /// <summary>Parses a speaker name, ignoring case and surrounding white space.</summary>
    /// <returns><see langword="false"/> when <paramref name="name"/> is none of the four names.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out Speaker speaker)
    {
        var trimmed = name.Trim();
        if (trimmed.Equals("agent", StringComparison.OrdinalIgnoreCase))
        {
            speaker = Speaker.Agent;
            return true;
        }

        if (trimmed.Equals("customer", StringComparison.OrdinalIgnoreCase))
        {
            speaker = Speaker.Customer;
            return true;
        }

        if (trimmed.Equals("ivr", StringComparison.OrdinalIgnoreCase))
        {
            speaker = Speaker.Ivr;
            return true;
        }

        if (trimmed.Equals("system", StringComparison.OrdinalIgnoreCase))
        {
            speaker = Speaker.System;
            return true;
        }

        speaker = default;
        return false;
    }
}
