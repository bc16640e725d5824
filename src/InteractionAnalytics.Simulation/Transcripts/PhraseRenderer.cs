using System.Globalization;
using System.Text;
using InteractionAnalytics.Simulation.Randomness;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// Fills a phrase's <c>{placeholders}</c>. Call facts come from a <see cref="PhraseContext"/>; numbers are drawn fresh
/// and written either in words or in digits, as transcripts of real speech mix both.
/// </summary>
internal static class PhraseRenderer
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Renders <paramref name="template"/>.</summary>
    /// <exception cref="InvalidOperationException">The template has an unknown or unclosed placeholder (a phrase bank bug).</exception>
    public static string Render(string template, PhraseContext context, Random random)
    {
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var position = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"Unclosed placeholder in phrase \"{template}\".");
            }

            builder.Append(template, position, open - position);
            builder.Append(Value(template[(open + 1)..close], context, random, template));
            position = close + 1;
            open = template.IndexOf('{', position);
        }

        builder.Append(template, position, template.Length - position);
        return builder.ToString();
    }

    private static string Value(string name, PhraseContext context, Random random, string template) => name switch
    {
        "company" => PhraseBank.CompanyName,
        "agent" => context.AgentName,
        "first" => context.CustomerFirstName,
        "name" => context.CustomerFullName,
        "last4" => random.Chance(0.5) ? NumberWords.SpellDigits(context.LastFour) : context.LastFour,
        "topic" => context.Topic,
        "queue" => context.Queue,
        "dept" => context.Department,
        "when" => context.When,
        "prior_agent" => context.PriorAgent,
        "daypart" => context.DayPart,
        "nth" => NumberWords.Ordinal(Math.Clamp(context.Depth, 2, 99)),
        "n" => Number(random, random.Next(2, 10), 0.7),
        "minutes" => Number(random, random.Next(15, 76), 0.6),
        "amount" => Amount(random),
        "digits" => Digits(random),
        "ordinal" => DayOfMonth(random),
        "number" => Number(random, random.Next(12, 990), 0.5),
        "weekday" => random.Pick(Weekdays),
        _ => throw new InvalidOperationException($"Unknown placeholder {{{name}}} in phrase \"{template}\"."),
    };

    private static string Number(Random random, int value, double wordsShare) =>
        random.Chance(wordsShare) ? NumberWords.Cardinal(value) : value.ToString(CultureInfo.InvariantCulture);

    private static string DayOfMonth(Random random)
    {
        var day = random.Next(1, 29);
        return random.Chance(0.6) ? NumberWords.Ordinal(day) : NumberWords.OrdinalDigits(day);
    }

    private static string Amount(Random random)
    {
        var dollars = random.Next(9, 400);
        var cents = random.Next(4) switch
        {
            0 => 0,
            1 => 99,
            2 => 50,
            _ => random.Next(1, 100),
        };
        return random.Chance(0.5)
            ? NumberWords.Money(dollars, cents)
            : string.Create(CultureInfo.InvariantCulture, $"${dollars}.{cents:00}");
    }

    private static string Digits(Random random)
    {
        var length = random.Next(4, 7);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        var digits = builder.ToString();
        return random.Chance(0.5) ? NumberWords.SpellDigits(digits) : digits;
    }
}
