using System.Globalization;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Reads a plain-text transcript: one turn per line, <c>Agent: …</c>, <c>Customer: …</c>, <c>IVR: …</c> or
/// <c>System: …</c>, optionally prefixed with <c>[mm:ss]</c> or <c>[hh:mm:ss]</c>. A line without a speaker
/// prefix continues the previous turn (wrapped text); blank lines are skipped. A turn's start is its
/// prefix time; its end is the next timed turn's start (the last turn has no end).
/// </summary>
public static class TextTranscriptReader
{
    /// <summary>The format's name in the database and in messages.</summary>
    public const string FormatName = "text";

    /// <summary>Parses a text transcript.</summary>
    /// <exception cref="TranscriptFormatException">The first line has no speaker, or a time prefix is malformed.</exception>
    public static Transcript Parse(TextReader reader, string callId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var turns = new List<(Speaker Speaker, double? Start, string Text)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var rest = line.AsSpan().Trim();
            if (rest.IsEmpty)
            {
                continue;
            }

            double? start = null;
            if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                if (close < 0 || !TryParseClock(rest[1..close], out var seconds))
                {
                    throw new TranscriptFormatException($"line {lineNumber}: time prefix must be [mm:ss] or [hh:mm:ss]");
                }

                start = seconds;
                rest = rest[(close + 1)..].TrimStart();
            }

            var colon = rest.IndexOf(':');
            if (colon > 0 && SpeakerNames.TryParse(rest[..colon], out var speaker))
            {
                turns.Add((speaker, start, rest[(colon + 1)..].Trim().ToString()));
            }
            else if (turns.Count > 0 && start is null)
            {
                var last = turns[^1];
                turns[^1] = last with { Text = last.Text + " " + rest.ToString() };
            }
            else
            {
                throw new TranscriptFormatException(
                    $"line {lineNumber}: expected a speaker prefix such as 'Agent:' or 'Customer:'");
            }
        }

        var result = new List<Turn>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            double? end = null;
            for (var j = i + 1; j < turns.Count && turns[i].Start is not null; j++)
            {
                if (turns[j].Start is { } next)
                {
                    end = next;
                    break;
                }
            }

            result.Add(new Turn(turns[i].Speaker, turns[i].Start, end, turns[i].Text));
        }

        return new Transcript(callId, null, result);
    }

    private static bool TryParseClock(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        var parts = text.ToString().Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            seconds = (seconds * 60) + value;
        }

        return true;
    }
}
