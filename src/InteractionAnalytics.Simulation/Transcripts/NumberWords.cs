using System.Globalization;
using System.Text;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// Numbers as a speech-to-text engine might write them out: "forty nine ninety nine", "twenty first", "four two seven one".
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] SmallOrdinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] TensOrdinals =
        ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>
    /// <paramref name="value"/> in words, without "and" or hyphens: 42 → "forty two", 315 → "three hundred fifteen".
    /// </summary>
    /// <param name="value">A number in [0, 999,999].</param>
    public static string Cardinal(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999_999);
        if (value < 1_000)
        {
            return BelowThousand(value);
        }

        var rest = value % 1_000;
        var thousands = BelowThousand(value / 1_000) + " thousand";
        return rest == 0 ? thousands : thousands + " " + BelowThousand(rest);
    }

    /// <summary><paramref name="value"/> as an ordinal in words: 1 → "first", 21 → "twenty first".</summary>
    /// <param name="value">A number in [1, 99].</param>
    public static string Ordinal(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        if (value < 20)
        {
            return SmallOrdinals[value];
        }

        return value % 10 == 0 ? TensOrdinals[value / 10] : Tens[value / 10] + " " + SmallOrdinals[value % 10];
    }

    /// <summary><paramref name="value"/> as a written ordinal: 1 → "1st", 12 → "12th", 23 → "23rd".</summary>
    public static string OrdinalDigits(int value)
    {
        var suffix = (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return value.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Each digit of <paramref name="digits"/> in words: "0427" → "zero four two seven".</summary>
    public static string SpellDigits(string digits)
    {
        var builder = new StringBuilder(digits.Length * 6);
        foreach (var digit in digits)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Small[digit - '0']);
        }

        return builder.ToString();
    }

    /// <summary>An amount as said aloud: (49, 99) → "forty nine ninety nine", (120, 0) → "one hundred twenty dollars".</summary>
    public static string Money(int dollars, int cents) => cents == 0
        ? Cardinal(dollars) + " dollars"
        : Cardinal(dollars) + " " + (cents < 10 ? "oh " + Small[cents] : Cardinal(cents));

    private static string BelowThousand(int value)
    {
        var hundreds = value / 100;
        var rest = value % 100;
        var restWords = rest < 20 ? Small[rest] : rest % 10 == 0 ? Tens[rest / 10] : Tens[rest / 10] + " " + Small[rest % 10];
        if (hundreds == 0)
        {
            return restWords;
        }

        var hundredWords = Small[hundreds] + " hundred";
        return rest == 0 ? hundredWords : hundredWords + " " + restWords;
    }
}
