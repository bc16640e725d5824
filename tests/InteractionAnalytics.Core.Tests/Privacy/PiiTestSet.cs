using System.Globalization;
using System.Text;
using InteractionAnalytics.Core.Privacy;

namespace InteractionAnalytics.Core.Tests.Privacy;

/// <summary>
/// The labelled PII test set, generated from a fixed seed (the same items every run): contact-center utterances with
/// card numbers of every brand written and spoken in several styles, SSNs, phone numbers, e-mail addresses, and hard
/// negatives (amounts, dates, times, order and tracking numbers, Luhn-failing 16-digit strings, small spoken numbers).
/// </summary>
internal static class PiiTestSet
{
    private static readonly string[] DigitNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Issuer prefixes and lengths: Visa, Mastercard (both series), Amex, Discover, Diners, JCB, UnionPay, Maestro.</summary>
    private static readonly (string Brand, string Prefix, int Length)[] Brands =
    [
        ("visa", "4", 16), ("visa", "4", 13), ("visa", "4", 19), ("mastercard", "5", 16), ("mastercard", "2", 16), ("amex", "37", 15), ("amex", "34", 15),
        ("discover", "6011", 16), ("discover", "65", 16), ("diners", "36", 14), ("diners", "300", 14), ("jcb", "35", 16), ("unionpay", "62", 16),
        ("maestro", "6759", 16), ("maestro", "50", 18),
    ];

    private static readonly string[] CardStyles =
        ["digits", "spaced", "hyphens", "dots", "spoken", "spoken-commas", "spoken-oh-double", "spoken-fillers", "mixed", "spoken-hyphens", "spoken-pairs", "spoken-homophones"];

    private static readonly string[] CardTemplates =
    [
        "Sure, the card number is {0}.", "{0}", "ok it's {0} and the expiry is oh four twenty seven", "my card is {0}",
        "Can you charge {0} please", "yeah so {0}, that's the Visa", "It's uh {0}.", "The number on the front is {0}, got it?",
        "let me read it, {0}", "Card: {0} exp 09/28 cvv 123",
    ];

    private static readonly string[] Negatives =
    [
        "The bill was $1,234.56 and I paid $89.99 on 11/16/2026.", "I called 3 times and waited 45 minutes.",
        "There are one or two things I need help with.", "My order number is 123456789012.", "The tracking number is 1Z999AA10123456784.",
        "Reference 4111 1111 1111 1112, that's the claim.", "Account 12345678, sort code 20-00-00.", "We open at 9:30 and close at 17:00.",
        "The appointment is on 2026-11-24 at 10:15.", "I need two or three days, maybe four.", "It was about twenty five dollars.",
        "Room 1204, floor 12.", "my pin is one two three four", "Case 2026-000123 was opened yesterday.", "The zip is 60614.",
        "Invoice 9876543210987654 is overdue.", "give me five minutes, then call back", "that's one hundred and twenty dollars",
        "The model is 1234-5678-90.", "I was charged 2 x 49.50 = 99.00.", "Ticket 55512 3456 was closed.", "Meet me at the store at five.",
        "Order 1234 5678 9012 3456 shipped.", "Version 10.0.401 is installed.", "my extension is four four two one",
        "it was 1,000,000 points", "Order ID 112-3456789-1234567 arrived.", "The call lasted 00:12:45.", "one two three, testing",
        "the serial ends in seven seven eight", "I was born in nineteen eighty five.", "the last four digits are 4 4 4 4",
        "I'd like to pay 1500 dollars for 2 to 4 months", "between 2 and 3 pm", "call 911 if it happens again", "page 4111 of the manual",
        "it cost four ninety nine for two", "The total is 4,111,111,111,111,111 points.", "we're at 123 Main Street, suite 400",
        "that was on the 21st, 22nd and 23rd", "Flight UA 1234 lands at 18:45", "my account number is 00123456789",
        "you can also visit us at brightwater dot com", "the form is online at brightwater.com/forms",
    ];

    /// <summary>The test set: <paramref name="count"/> items from <paramref name="seed"/>.</summary>
    public static List<PiiSample> Generate(int seed = 20261124, int count = 600)
    {
        var random = new Random(seed);
        var samples = new List<PiiSample>(count);
        for (var i = 0; i < count; i++)
        {
            samples.Add((i % 10) switch
            {
                0 or 1 or 2 or 3 => Card(random, i),
                4 => Ssn(random),
                5 or 6 => Phone(random),
                7 => Email(random),
                8 => SpokenInvalid(random),
                _ => new PiiSample(Negatives[random.Next(Negatives.Length)], [], "negative"),
            });
        }

        return samples;
    }

    /// <summary>A valid card number of a random brand: random digits after the prefix, then the Luhn check digit.</summary>
    public static string CardNumber(Random random, (string Brand, string Prefix, int Length) brand)
    {
        var digits = new StringBuilder(brand.Prefix);
        if (brand.Brand == "mastercard" && brand.Prefix == "2")
        {
            digits.Clear().Append(random.Next(2221, 2721).ToString(CultureInfo.InvariantCulture));
        }
        else if (brand.Brand == "jcb")
        {
            digits.Clear().Append(random.Next(3528, 3590).ToString(CultureInfo.InvariantCulture));
        }

        while (digits.Length < brand.Length - 1)
        {
            digits.Append((char)('0' + random.Next(10)));
        }

        for (var check = '0'; check <= '9'; check++)
        {
            if (PaymentCards.PassesLuhn(digits + check.ToString()))
            {
                return digits.Append(check).ToString();
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    private static PiiSample Card(Random random, int index)
    {
        var brand = Brands[random.Next(Brands.Length)];
        var number = CardNumber(random, brand);
        var style = CardStyles[index % CardStyles.Length];
        var rendered = RenderDigits(random, number, style, brand.Brand == "amex" ? [4, 6, 5] : null);
        return Fill(CardTemplates[random.Next(CardTemplates.Length)], PiiKind.Card, rendered, $"card/{style}");
    }

    private static PiiSample SpokenInvalid(Random random)
    {
        var number = CardNumber(random, Brands[random.Next(Brands.Length)]);
        var wrong = (char)('0' + (((number[^1] - '0') + 1 + random.Next(8)) % 10));
        var style = random.Next(2) == 0 ? "spoken" : "spoken-commas";
        return Fill(CardTemplates[random.Next(CardTemplates.Length)], PiiKind.SpokenNumber, RenderDigits(random, number[..^1] + wrong, style, null), "number/card-misheard");
    }

    private static PiiSample Ssn(Random random)
    {
        var area = random.Next(1, 900);
        area = area == 666 ? 667 : area;
        var ssn = string.Create(CultureInfo.InvariantCulture, $"{area:000}{random.Next(1, 100):00}{random.Next(1, 10000):0000}");
        var (style, text) = random.Next(3) switch
        {
            0 => ("hyphens", $"{ssn[..3]}-{ssn[3..5]}-{ssn[5..]}"),
            1 => ("spaces", $"{ssn[..3]} {ssn[3..5]} {ssn[5..]}"),
            _ => ("spoken", RenderDigits(random, ssn, "spoken", [3, 2, 4])),
        };
        string[] templates = ["my social is {0}", "SSN {0}.", "The social security number is {0}, ok?", "yes, social {0}"];
        return Fill(templates[random.Next(templates.Length)], PiiKind.Ssn, text, $"ssn/{style}");
    }

    private static PiiSample Phone(Random random)
    {
        var area = random.Next(201, 990);
        var exchange = random.Next(200, 1000);
        var line = random.Next(0, 10000);
        var digits = string.Create(CultureInfo.InvariantCulture, $"{area}{exchange}{line:0000}");
        var (style, text) = random.Next(9) switch
        {
            8 => ("spoken-double", RenderDigits(random, digits, "spoken-oh-double", [3, 3, 4])),
            0 => ("brackets", $"({digits[..3]}) {digits[3..6]}-{digits[6..]}"),
            1 => ("hyphens", $"{digits[..3]}-{digits[3..6]}-{digits[6..]}"),
            2 => ("plus-one", $"+1 {digits[..3]} {digits[3..6]} {digits[6..]}"),
            3 => ("dots", $"{digits[..3]}.{digits[3..6]}.{digits[6..]}"),
            4 => ("e164-uk", $"+44 20 {random.Next(7000, 8000)} {random.Next(0, 10000):0000}"),
            5 => ("spoken", RenderDigits(random, digits, "spoken", [3, 3, 4])),
            6 => ("spoken-commas", RenderDigits(random, digits, "spoken-commas", [3, 3, 4])),
            _ => ("toll-free", $"1-800-{digits[3..6]}-{digits[6..]}"),
        };
        string[] templates = ["you can call me at {0}", "my number is {0}.", "The best phone is {0}, after six.", "call back on {0}", "{0}"];
        return Fill(templates[random.Next(templates.Length)], PiiKind.Phone, text, $"phone/{style}");
    }

    private static PiiSample Email(Random random)
    {
        string[] first = ["john", "maria", "li", "ahmed", "sara", "tom"];
        string[] last = ["smith", "garcia", "chen", "khan", "o'neil", "berg"];
        string[] domains = ["gmail", "yahoo", "outlook", "example"];
        var f = first[random.Next(first.Length)];
        var l = last[random.Next(last.Length)].Replace("'", string.Empty, StringComparison.Ordinal);
        var d = domains[random.Next(domains.Length)];
        var (style, text) = random.Next(5) switch
        {
            4 => ("spoken-space-in-name", $"{f} {l} at {d} dot com"),
            0 => ("written", $"{f}.{l}@{d}.com"),
            1 => ("written-digits", $"{f}{random.Next(10, 99)}@{d}.org"),
            2 => ("spoken", $"{f} dot {l} at {d} dot com"),
            _ => ("spoken-underscore", $"{f} underscore {l} at {d} dot net"),
        };
        string[] templates = ["my email is {0}", "send it to {0} please", "It's {0}.", "{0}, all lower case"];
        return Fill(templates[random.Next(templates.Length)], PiiKind.Email, text, $"email/{style}");
    }

    private static PiiSample Fill(string template, PiiKind kind, string value, string style)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        var text = template[..at] + value + template[(at + 3)..];
        return new PiiSample(text, [new PiiFinding(kind, at, value.Length)], style);
    }

    /// <summary>Writes <paramref name="digits"/> as a person or a speech-to-text engine would.</summary>
    private static string RenderDigits(Random random, string digits, string style, int[]? groups)
    {
        var parts = Group(digits, groups ?? DefaultGroups(digits.Length));
        return style switch
        {
            "digits" => digits,
            "spaced" => string.Join(' ', parts),
            "hyphens" => string.Join('-', parts),
            "dots" => string.Join('.', parts),
            "spoken" => string.Join(' ', digits.Select(Word)),
            "spoken-commas" => string.Join(", ", parts.Select(p => string.Join(' ', p.Select(Word)))),
            "spoken-oh-double" => string.Join(' ', parts.Select(SpeakCompressed)),
            "spoken-fillers" => string.Join(random.Next(2) == 0 ? " uh " : " and then ", parts.Select(p => string.Join(' ', p.Select(Word)))),
            "mixed" => parts[0] + " " + string.Join(' ', parts.Skip(1).SelectMany(p => p.Select(Word))),
            "spoken-hyphens" => string.Join(' ', parts.Select(p => string.Join('-', p.Select(Word)))),
            "spoken-pairs" => string.Join(", ", parts.Select(SpeakPairs)),
            "spoken-homophones" => string.Join(' ', digits.Select((d, i) => i > 0 && i < digits.Length - 1 && d is '4' or '2' ? (d == '4' ? "for" : "to") : Word(d))),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown style"),
        };
    }

    private static string Word(char digit) => DigitNames[digit - '0'];

    /// <summary>A group read in pairs: "41 11" as "forty one eleven", "05" as "oh five", an odd last digit alone.</summary>
    private static string SpeakPairs(string group)
    {
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var words = new List<string>();
        for (var i = 0; i < group.Length; i += 2)
        {
            if (i + 1 >= group.Length)
            {
                words.Add(Word(group[i]));
                continue;
            }

            var (a, b) = (group[i] - '0', group[i + 1] - '0');
            words.Add(a switch
            {
                0 => "oh " + Word(group[i + 1]),
                1 => teens[b],
                _ => b == 0 ? tens[a] : $"{tens[a]} {Word(group[i + 1])}",
            });
        }

        return string.Join(' ', words);
    }

    /// <summary>"oh" for zero and "double"/"triple" for repeats, as people read a group: 4000 is "four triple oh".</summary>
    private static string SpeakCompressed(string group)
    {
        var words = new List<string>();
        for (var i = 0; i < group.Length;)
        {
            var run = 1;
            while (i + run < group.Length && group[i + run] == group[i] && run < 3)
            {
                run++;
            }

            var word = group[i] == '0' ? "oh" : Word(group[i]);
            words.Add(run switch { 3 => "triple " + word, 2 => "double " + word, _ => word });
            i += run;
        }

        return string.Join(' ', words);
    }

    private static int[] DefaultGroups(int length) => length switch
    {
        13 => [4, 4, 5],
        14 => [4, 6, 4],
        15 => [4, 6, 5],
        18 => [4, 4, 4, 6],
        19 => [4, 4, 4, 4, 3],
        _ => [4, 4, 4, 4],
    };

    private static List<string> Group(string digits, int[] sizes)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var size in sizes)
        {
            if (at >= digits.Length)
            {
                break;
            }

            var take = Math.Min(size, digits.Length - at);
            parts.Add(digits.Substring(at, take));
            at += take;
        }

        if (at < digits.Length)
        {
            parts.Add(digits[at..]);
        }

        return parts;
    }
}
