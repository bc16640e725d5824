using System.Globalization;

namespace InteractionAnalytics.Core.Durations;

/// <summary>
/// Durations as operators type them on the command line: a whole number and a unit, <c>30d</c> (days), <c>12h</c>
/// (hours), <c>90m</c> (minutes) or <c>45s</c> (seconds); <c>2w</c> is two weeks.
/// </summary>
public static class DurationText
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not a positive whole number followed by d, h, m, s or w.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length >= 2
            && long.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && amount > 0
            && amount <= 100_000)
        {
            switch (char.ToLowerInvariant(trimmed[^1]))
            {
                case 'w': return TimeSpan.FromDays(amount * 7);
                case 'd': return TimeSpan.FromDays(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'm': return TimeSpan.FromMinutes(amount);
                case 's': return TimeSpan.FromSeconds(amount);
            }
        }

        throw new FormatException($"'{text}' is not a duration: write a positive whole number and a unit, e.g. 7d, 30d, 48h, 90m.");
    }

    /// <summary>The shortest text that <see cref="Parse"/> reads back as <paramref name="duration"/> (e.g. 7d, 36h).</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)duration.TotalSeconds;
        return seconds % 86_400 == 0 ? $"{seconds / 86_400}d"
            : seconds % 3_600 == 0 ? $"{seconds / 3_600}h"
            : seconds % 60 == 0 ? $"{seconds / 60}m"
            : $"{seconds}s";
    }
}
