using System.Globalization;
using Microsoft.VisualBasic.FileIO;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// The repeat outcomes of docs/metrics.md computed straight from a v1 calls.csv, written independently of the engine (the
/// framework's CSV parser, plain loops): for each handled contact (any direction) with a customer key, the next handled
/// contact of the same customer starting within the window after it ended (inclusive) makes it repeated; otherwise it is
/// resolved once the window has passed the latest contact start, pending before. FCR counts only contacts whose window
/// has passed.
/// </summary>
internal static class RepeatHandComputation
{
    public sealed record Result(long Resolved, long Repeated, long RepeatedWindowOpen, long Pending, long Unlinkable, Dictionary<string, string> Next);

    public static Result FromCallsCsv(string path, TimeSpan window)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        int Index(string name) => Array.IndexOf(header, name);
        var rows = new List<(string Id, string Customer, DateTimeOffset Start, DateTimeOffset End, bool Eligible)>();
        while (parser.ReadFields() is { } f)
        {
            var eligible = f[Index("abandoned")] == "false";
            rows.Add((f[Index("call_id")], f[Index("customer_id")].Trim(), Parse(f[Index("started_at")]), Parse(f[Index("ended_at")]), eligible));
        }

        var horizon = rows.Max(r => r.Start);
        long resolved = 0, repeated = 0, repeatedOpen = 0, pending = 0, unlinkable = 0;
        var next = new Dictionary<string, string>();
        foreach (var r in rows.Where(r => r.Eligible))
        {
            if (r.Customer.Length == 0)
            {
                unlinkable++;
                continue;
            }

            var later = rows
                .Where(o => o.Eligible && o.Customer == r.Customer && (o.Start > r.Start || (o.Start == r.Start && string.CompareOrdinal(o.Id, r.Id) > 0)))
                .OrderBy(o => o.Start).ThenBy(o => o.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            var elapsed = horizon > r.End + window;
            if (later.Id is not null && later.Start - r.End <= window)
            {
                next[r.Id] = later.Id;
                if (elapsed)
                {
                    repeated++;
                }
                else
                {
                    repeatedOpen++;
                }
            }
            else if (elapsed)
            {
                resolved++;
            }
            else
            {
                pending++;
            }
        }

        return new Result(resolved, repeated, repeatedOpen, pending, unlinkable, next);
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
