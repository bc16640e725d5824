using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace InteractionAnalytics.Ingestion.Tests.Pipeline;

/// <summary>
/// Reads every text value of every table of a SQLite file and reports what looks like a payment card number:
/// 13-19 digits passing Luhn once separators (space, hyphen, dot, ", ") are removed, in any run of consecutive digit
/// groups (no issuer check: stricter than the redactor), and runs of ten or more spoken digit words. Written on its own
/// rather than with the redactor's code, so that a blind spot of the redactor is not a blind spot of the check. Digits
/// glued to letters (hashes, codes such as <c>ia-test-3f2a…</c>) are not read as numbers, as a card is never written so.
/// </summary>
internal static partial class StoredTextScanner
{
    public static async Task<List<string>> FindCardNumbersAsync(string databasePath)
    {
        var found = new List<string>();
        await foreach (var (where, text) in TextValuesAsync(databasePath))
        {
            foreach (Match run in DigitGroupsPattern().Matches(text))
            {
                var groups = GroupPattern().Matches(run.Value).Select(g => g.Value).ToList();
                for (var from = 0; from < groups.Count; from++)
                {
                    var digits = string.Empty;
                    for (var to = from; to < groups.Count && digits.Length + groups[to].Length <= 19; to++)
                    {
                        digits += groups[to];
                        if (digits.Length >= 13 && PassesLuhn(digits))
                        {
                            found.Add($"{where}: {digits} in \"{text}\"");
                        }
                    }
                }
            }

            foreach (Match spoken in SpokenDigitsPattern().Matches(text))
            {
                found.Add($"{where}: spoken digits \"{spoken.Value}\" in \"{text}\"");
            }
        }

        return found;
    }

    /// <summary>Every text value with where it is (<c>table.column</c>).</summary>
    public static async IAsyncEnumerable<(string Where, string Text)> TextValuesAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text)
                    {
                        yield return ($"{table}.{reader.GetName(i)}", text);
                    }
                }
            }
        }
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    /// <summary>Digit groups joined by single separators, not glued to letters.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:(?:[ .\-]|, )\d+)*(?![\p{L}\d])")]
    private static partial Regex DigitGroupsPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex GroupPattern();

    /// <summary>Ten or more digit words in a row, with the separators and fillers people put between them.</summary>
    [GeneratedRegex(
        @"(?:\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b(?:[\s,.\-]+(?:(?:uh|um|and|then)\b[\s,]*)?)?){10,}",
        RegexOptions.IgnoreCase)]
    private static partial Regex SpokenDigitsPattern();
}
