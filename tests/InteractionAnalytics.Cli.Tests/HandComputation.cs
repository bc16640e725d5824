using Microsoft.VisualBasic.FileIO;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// Computes AHT straight from a v1 calls.csv with the framework's own CSV parser (TextFieldParser), so
/// the check does not share code with the engine it checks.
/// </summary>
internal static class HandComputation
{
    public static (long Contacts, long Handled, double Aht) FromCallsCsv(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        int Index(string name) => Array.IndexOf(header, name);
        long contacts = 0, handled = 0;
        double handle = 0;
        while (parser.ReadFields() is { } fields)
        {
            contacts++;
            if (fields[Index("abandoned")] == "true")
            {
                continue;
            }

            handled++;
            handle += Seconds(fields[Index("talk_seconds")]) + Seconds(fields[Index("hold_seconds")]) + Seconds(fields[Index("acw_seconds")]);
        }

        return (contacts, handled, handle / handled);
    }

    private static double Seconds(string text) => text.Length == 0 ? 0 : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
