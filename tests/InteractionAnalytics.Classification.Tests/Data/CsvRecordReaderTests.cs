using InteractionAnalytics.Classification.Data;

namespace InteractionAnalytics.Classification.Tests.Data;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CsvRecordReaderTests
{
    [Test]
    public void TryRead_QuotedFields_UnquotesCommasQuotesAndLineBreaks()
    {
        var records = ReadAll("a,\"b, \"\"c\"\"\r\nd\",\r\n\r\nx,y\r\n");

        Assert.That(records, Is.EqualTo(new[]
        {
            (1, "a|b, \"c\"\nd|", (string?)null),
            (4, "x|y", null),
        }));
    }

    [Test]
    public void TryRead_StrayQuote_CostsOnlyItsOwnLine()
    {
        var records = ReadAll("ok,1\nbad \"x,2\n\"open,3\nnext,4\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Select(r => (r.Line, r.Error is null)), Is.EqualTo(new[] { (1, true), (2, false), (3, false), (4, true) }));
            Assert.That(records[^1].Fields, Is.EqualTo("next|4"));
        }
    }

    [Test]
    public void TryRead_TextAfterClosingQuote_IsAnError()
    {
        var records = ReadAll("\"a\"b,1\n");

        Assert.That(records.Single().Error, Does.Contain("after the closing quote"));
    }

    private static List<(int Line, string Fields, string? Error)> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var fields = new List<string>();
        var records = new List<(int, string, string?)>();
        while (reader.TryRead(fields, out var line, out var error))
        {
            records.Add((line, string.Join('|', fields), error));
        }

        return records;
    }
}
