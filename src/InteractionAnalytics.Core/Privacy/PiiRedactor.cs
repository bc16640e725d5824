using System.Text;
using System.Text.RegularExpressions;

namespace InteractionAnalytics.Core.Privacy;

/// <summary>
/// Finds payment card numbers, US social security numbers, phone numbers and e-mail addresses in a text, written or
/// spoken as a speech-to-text engine writes them, and replaces each with its typed placeholder
/// (<see cref="PiiPlaceholders"/>) in one pass: every finding is collected first, overlaps are resolved by priority
/// (card, then SSN, phone, e-mail, spoken number; docs/privacy.md), then the text is rebuilt once, so nothing is
/// replaced twice. Ordinary numbers (amounts, dates, times, order numbers shorter than 13 digits) are left alone.
/// No I/O; thread-safe.
/// </summary>
public sealed partial class PiiRedactor
{
    /// <summary>How far before a bare number (in characters) a word such as "social" or "phone" makes it one.</summary>
    private const int ContextWindow = 48;

    /// <summary>Spoken runs at least this long (in digits) that are no valid card are replaced as <see cref="PiiKind.SpokenNumber"/>.</summary>
    public const int SpokenNumberMinDigits = 12;

    /// <summary>
    /// Words before a spoken "at … dot com" that make it a web site, not an address ("visit us at example dot com",
    /// "it's online at example dot com").
    /// </summary>
    private static readonly HashSet<string> NotAMailbox = new(StringComparer.OrdinalIgnoreCase)
    {
        "us", "me", "it", "him", "her", "them", "you", "we", "online", "website", "site", "web", "page", "look", "there", "here",
        "home", "visit", "go", "that", "this", "in", "on", "out", "app", "portal", "account", "login", "is", "was", "and", "or",
        "find", "available", "located", "www",
    };

    /// <summary>Creates a redactor replacing the kinds <paramref name="options"/> enables.</summary>
    public PiiRedactor(RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>A redactor replacing every kind.</summary>
    public static PiiRedactor Default { get; } = new(RedactionOptions.All);

    /// <summary>The kinds replaced.</summary>
    public RedactionOptions Options { get; }

    /// <summary>Redacts <paramref name="text"/>; returns it unchanged (same instance) when nothing enabled is found.</summary>
    public RedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Options.IsEnabled || text.Length == 0)
        {
            return new RedactionResult(text, RedactionCounts.None);
        }

        var findings = Find(text);
        var counts = RedactionCounts.None;
        StringBuilder? builder = null;
        var copied = 0;
        foreach (var finding in findings)
        {
            if (!Options.Redacts(finding.Kind))
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, finding.Start - copied).Append(PiiPlaceholders.For(finding.Kind));
            copied = finding.End;
            counts = counts.AddOne(finding.Kind);
        }

        if (builder is null)
        {
            return new RedactionResult(text, RedactionCounts.None);
        }

        builder.Append(text, copied, text.Length - copied);
        return new RedactionResult(builder.ToString(), counts);
    }

    /// <summary>Redacts <paramref name="text"/> when it is not <see langword="null"/>; counts go to <paramref name="counts"/>.</summary>
    public string? Redact(string? text, ref RedactionCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (text is null)
        {
            return null;
        }

        var result = Redact(text);
        counts = counts.Add(result.Counts);
        return result.Text;
    }

    /// <summary>
    /// Every value in <paramref name="text"/>, whatever the options, in text order and without overlaps (the higher
    /// priority finding of two that overlap is kept).
    /// </summary>
    public static IReadOnlyList<PiiFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<PiiFinding>();
        FindInDigitRuns(text, candidates);

        // Most turns hold no digit and no "@" or " at ": the patterns that need one are not run over them.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            AddMatches(SsnPattern(), text, PiiKind.Ssn, candidates, m => IsValidSsn(m.Groups["a"].Value, m.Groups["g"].Value, m.Groups["s"].Value));
            AddMatches(BareNinePattern(), text, PiiKind.Ssn, candidates,
                m => IsValidSsn(m.Value[..3], m.Value[3..5], m.Value[5..]) && HasContext(SsnContextPattern(), text, m.Index));
            AddMatches(NanpPhonePattern(), text, PiiKind.Phone, candidates, _ => true);
            AddMatches(InternationalPhonePattern(), text, PiiKind.Phone, candidates, m => CountDigits(m.Value) is >= 8 and <= 15);
            AddMatches(BareTenPattern(), text, PiiKind.Phone, candidates, m => HasContext(PhoneContextPattern(), text, m.Index));
            AddMatches(LocalPhonePattern(), text, PiiKind.Phone, candidates, m => HasContext(PhoneContextPattern(), text, m.Index));
        }

        if (text.Contains('@', StringComparison.Ordinal) || SpokenAtPattern().IsMatch(text))
        {
            AddMatches(EmailPattern(), text, PiiKind.Email, candidates,
                m => m.Value.Contains('@', StringComparison.Ordinal) || !NotAMailbox.Contains(m.Groups["local"].Value));
        }

        return candidates.Count == 0 ? [] : Resolve(candidates);
    }

    /// <summary>Cards (written or spoken) in every digit run, then phone, SSN and long-number readings of the spoken rest.</summary>
    private static void FindInDigitRuns(string text, List<PiiFinding> candidates)
    {
        foreach (var run in DigitRuns.Find(text))
        {
            if (IsDictated(run, 0, run.Count) && ReadWholeDictatedRun(run) is { } whole)
            {
                candidates.Add(whole);
                continue;
            }

            var covered = new bool[run.Count];
            for (var from = 0; from < run.Count; from++)
            {
                // The longest card window starting here; the run may carry more (an expiry date, a CVV) after it. Every
                // unit holds a digit, so a window spans at most 19 units and a long run costs linear time.
                var maxTo = from;
                for (var length = 0; maxTo < run.Count && length + run[maxTo].Digits.Length <= PaymentCards.MaxDigits; maxTo++)
                {
                    length += run[maxTo].Digits.Length;
                }

                for (var to = maxTo; to > from; to--)
                {
                    var digits = DigitRuns.DigitsOf(run, from, to);
                    if (digits.Length < PaymentCards.MinDigits)
                    {
                        break;
                    }

                    if (PaymentCards.IsCardNumber(digits))
                    {
                        candidates.Add(Span(PiiKind.Card, run[from], run[to - 1]));
                        Array.Fill(covered, true, from, to - from);
                        from = to - 1;
                        break;
                    }
                }
            }

            // What no card covers, in maximal stretches, read as a spoken phone, SSN or long number.
            var start = 0;
            while (start < run.Count)
            {
                if (covered[start])
                {
                    start++;
                    continue;
                }

                var end = start;
                while (end < run.Count && !covered[end])
                {
                    end++;
                }

                ClassifySpoken(text, run, start, end, candidates);
                start = end;
            }
        }
    }

    /// <summary>
    /// A spoken run of card length is one value: a card when it passes (with or without a leading "oh"), otherwise a
    /// spoken number. Looking inside it for a shorter card would, for a card with one digit misheard, find a chance
    /// Luhn match and leave the other digits in the text.
    /// </summary>
    private static PiiFinding? ReadWholeDictatedRun(List<DigitUnit> run)
    {
        var digits = DigitRuns.DigitsOf(run, 0, run.Count);
        if (digits.Length is < PaymentCards.MinDigits or > PaymentCards.MaxDigits)
        {
            return null;
        }

        if (PaymentCards.IsCardNumber(digits))
        {
            return Span(PiiKind.Card, run[0], run[^1]);
        }

        if (run[0].IsOh && run.Count > 1 && PaymentCards.IsCardNumber(digits.AsSpan(1)))
        {
            return Span(PiiKind.Card, run[1], run[^1]);
        }

        return Span(PiiKind.SpokenNumber, run[0], run[^1]);
    }

    private static void ClassifySpoken(string text, List<DigitUnit> run, int from, int to, List<PiiFinding> candidates)
    {
        if (!IsDictated(run, from, to))
        {
            return;
        }

        // A leading "oh" is as likely an interjection ("oh, five five five …") as a zero.
        if (run[from].IsOh && Classify(text, run, from + 1, to) is { } withoutOh)
        {
            candidates.Add(withoutOh);
            return;
        }

        if (Classify(text, run, from, to) is { } finding)
        {
            candidates.Add(finding);
        }
    }

    private static PiiFinding? Classify(string text, List<DigitUnit> run, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }

        var digits = DigitRuns.DigitsOf(run, from, to);
        if (digits.Length == 10 || (digits.Length == 11 && digits[0] == '1'))
        {
            return Span(PiiKind.Phone, run[from], run[to - 1]);
        }

        if (digits.Length == 9 && IsValidSsn(digits[..3], digits[3..5], digits[5..]) && HasContext(SsnContextPattern(), text, run[from].Start))
        {
            return Span(PiiKind.Ssn, run[from], run[to - 1]);
        }

        return digits.Length >= SpokenNumberMinDigits ? Span(PiiKind.SpokenNumber, run[from], run[to - 1]) : null;
    }

    /// <summary>
    /// Spoken (at least one digit word) or dictated digit by digit (five or more groups of at most two digits): only
    /// such runs are read as phones or long numbers; written numbers need a written phone or SSN format.
    /// </summary>
    private static bool IsDictated(List<DigitUnit> run, int from, int to)
    {
        var shortGroups = 0;
        for (var i = from; i < to; i++)
        {
            if (run[i].IsWord)
            {
                return true;
            }

            shortGroups += run[i].Digits.Length <= 2 ? 1 : 0;
        }

        return to - from >= 5 && shortGroups == to - from;
    }

    private static PiiFinding Span(PiiKind kind, DigitUnit first, DigitUnit last) => new(kind, first.Start, last.End - first.Start);

    private static void AddMatches(Regex pattern, string text, PiiKind kind, List<PiiFinding> candidates, Func<Match, bool> accept)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (accept(match))
            {
                candidates.Add(new PiiFinding(kind, match.Index, match.Length));
            }
        }
    }

    /// <summary>
    /// Keeps, of overlapping findings, the one of the higher priority kind (<see cref="PiiKind"/> order); of two of one
    /// kind, the earlier (then the longer). Kind by kind, each pass one walk over the findings kept so far: linear
    /// however many there are.
    /// </summary>
    private static List<PiiFinding> Resolve(List<PiiFinding> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var byKind = a.Kind.CompareTo(b.Kind);
            if (byKind != 0)
            {
                return byKind;
            }

            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : b.Length.CompareTo(a.Length);
        });
        var kept = new List<PiiFinding>();
        var at = 0;
        while (at < candidates.Count)
        {
            var kind = candidates[at].Kind;
            var accepted = new List<PiiFinding>();
            var next = 0;
            var acceptedEnd = -1;
            for (; at < candidates.Count && candidates[at].Kind == kind; at++)
            {
                var candidate = candidates[at];
                while (next < kept.Count && kept[next].End <= candidate.Start)
                {
                    next++;
                }

                var overlapsKept = next < kept.Count && kept[next].Start < candidate.End;
                if (!overlapsKept && candidate.Start >= acceptedEnd)
                {
                    accepted.Add(candidate);
                    acceptedEnd = candidate.End;
                }
            }

            kept = Merge(kept, accepted);
        }

        return kept;
    }

    /// <summary>Two lists sorted by start, as one.</summary>
    private static List<PiiFinding> Merge(List<PiiFinding> a, List<PiiFinding> b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        var merged = new List<PiiFinding>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j >= b.Count || (i < a.Count && a[i].Start <= b[j].Start) ? a[i++] : b[j++]);
        }

        return merged;
    }

    /// <summary>Area not 000, 666 or 9xx; group not 00; serial not 0000 (the SSA's never-issued ranges).</summary>
    private static bool IsValidSsn(string area, string group, string serial) =>
        area is not ("000" or "666") && area[0] != '9' && group != "00" && serial != "0000";

    private static bool HasContext(Regex context, string text, int index)
    {
        var from = Math.Max(0, index - ContextWindow);
        return context.IsMatch(text.AsSpan(from, index - from));
    }

    private static int CountDigits(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary><c>ddd-dd-dddd</c> or <c>ddd dd dddd</c>, not inside a longer number.</summary>
    [GeneratedRegex(@"(?<![\d][ .-]?)(?<!\d)(?<a>\d{3})(?<sep>[- ])(?<g>\d{2})\k<sep>(?<s>\d{4})(?![ .-]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SsnPattern();

    /// <summary>Nine digits in a row, an SSN only after a word that says so.</summary>
    [GeneratedRegex(@"(?<![\w+.-])\d{9}(?![\w]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareNinePattern();

    [GeneratedRegex(@"\b(?:social|ssn|s\.?s\.?n\.?|security number|tax id)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SsnContextPattern();

    /// <summary>
    /// North American: <c>(555) 123-4567</c>, <c>555-123-4567</c>, <c>555.123.4567</c>, <c>555 123 4567</c>,
    /// optionally after <c>+1</c> or <c>1-</c>; not inside a longer number.
    /// </summary>
    [GeneratedRegex(
        @"(?<!\d[ .-]?)(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![ .-]?\d)(?!\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NanpPhonePattern();

    /// <summary>E.164 with a plus: <c>+44 20 7946 0958</c>, <c>+4915123456789</c> (8-15 digits, checked after matching).</summary>
    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![ .-]?\d)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPhonePattern();

    /// <summary>Ten digits in a row (or eleven starting with 1), a phone only after a word that says so.</summary>
    [GeneratedRegex(@"(?<![\w+.-])1?\d{10}(?![\w]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareTenPattern();

    /// <summary>The word "at" between spaces, without which no spoken e-mail address is read.</summary>
    [GeneratedRegex(@"\sat\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenAtPattern();

    /// <summary>A seven-digit local number, <c>555-1234</c> or <c>555.1234</c>, a phone only after a word that says so.</summary>
    [GeneratedRegex(@"(?<![\w+.-])\d{3}[.-]\d{4}(?![\w]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPhonePattern();

    [GeneratedRegex(@"\b(?:phone|cell|mobile|telephone|call me|call back|callback|reach me|text me|fax)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhoneContextPattern();

    /// <summary>
    /// Written (<c>john.smith@example.com</c>) or as speech-to-text writes it (<c>john dot smith at gmail dot com</c>,
    /// <c>jane underscore doe at example dot org</c>): the domain must end in a common top-level domain when spoken.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\w.+-])(?<local>[A-Za-z0-9][A-Za-z0-9_%+-]*(?:(?:\.|\s+(?:dot|underscore|dash|hyphen)\s+)[A-Za-z0-9_%+-]+)*)" +
        @"(?:\s*@\s*(?:[A-Za-z0-9-]+(?:\.|\s+dot\s+))+[A-Za-z]{2,}\b" +
        @"|\s+at(?:\s+(?:sign|symbol))?\s+(?:[A-Za-z0-9-]+(?:\.|\s+dot\s+))+(?:com|net|org|edu|gov|io|co|us|uk|ca|info|biz|me)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmailPattern();
}
