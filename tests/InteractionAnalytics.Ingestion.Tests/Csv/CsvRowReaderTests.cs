using InteractionAnalytics.Ingestion.Csv;

namespace InteractionAnalytics.Ingestion.Tests.Csv;

public sealed class CsvRowReaderTests
{
    private static List<CsvRow> ReadAll(string text, char delimiter = ',')
    {
        var reader = new CsvRowReader(new StringReader(text), delimiter);
        var rows = new List<CsvRow>();
        while (reader.Read() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    [Test]
    public void Read_PlainAndQuotedFields_SplitsAndUnquotes()
    {
        var rows = ReadAll("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1].Fields, Is.EqualTo(new[] { "1", "x, y", "say \"hi\"" }));
            Assert.That(rows[1].Line, Is.EqualTo(2));
        }
    }

    [Test]
    public void Read_QuotedFieldSpanningLines_OneRecordWithStartLine()
    {
        var rows = ReadAll("h1,h2\n1,\"line one\nline two\"\n2,z\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[1].Fields, Is.EqualTo(new[] { "1", "line one\nline two" }));
            Assert.That(rows[1].Line, Is.EqualTo(2));
            Assert.That(rows[2].Line, Is.EqualTo(4));
            Assert.That(rows[2].Fields, Is.EqualTo(new[] { "2", "z" }));
        }
    }

    [Test]
    public void Read_UnterminatedQuote_RejectsOnlyThatLineAndRereadsTheRest()
    {
        var rows = ReadAll("h1,h2\n1,\"never closed\n2,ok\n3,ok\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(4));
            Assert.That(rows[1].IsValid, Is.False);
            Assert.That(rows[1].Error, Does.Contain("not closed before the end of the file"));
            Assert.That(rows[1].Line, Is.EqualTo(2));
            Assert.That(rows[2].Fields, Is.EqualTo(new[] { "2", "ok" }));
            Assert.That(rows[2].Line, Is.EqualTo(3));
            Assert.That(rows[3].Line, Is.EqualTo(4));
        }
    }

    [Test]
    public void Read_QuoteInsideUnquotedField_IsAnError()
    {
        var rows = ReadAll("a,b\nx,ab\"c\n");

        Assert.That(rows[1].Error, Does.Contain("field 2 has a quote character"));
    }

    [Test]
    public void Read_TextAfterClosingQuote_IsAnError()
    {
        var rows = ReadAll("a,b\n\"x\"y,z\n");

        Assert.That(rows[1].Error, Does.Contain("after the closing quote of field 1"));
    }

    [Test]
    public void Read_TrailingDelimiterAndEmptyFields_KeepsEmptyFields()
    {
        var rows = ReadAll("a,,\n\"\",b,\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[0].Fields, Is.EqualTo(new[] { "a", "", "" }));
            Assert.That(rows[1].Fields, Is.EqualTo(new[] { "", "b", "" }));
        }
    }

    [Test]
    public void Read_CrLfAndBlankLines_BlankLinesSkippedLinesCounted()
    {
        var rows = ReadAll("a;b\r\n\r\n1;2\r\n", ';');

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1].Line, Is.EqualTo(3));
            Assert.That(rows[1].Fields, Is.EqualTo(new[] { "1", "2" }));
        }
    }

    [Test]
    public void Read_QuoteOpenForTooManyLines_GivesUpAfterTheLimit()
    {
        var text = "a,b\n1,\"open\n" + string.Concat(Enumerable.Repeat("x,y\n", CsvRowReader.MaxLinesPerRecord + 5));

        var rows = ReadAll(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[1].Error, Does.Contain("still open after"));
            Assert.That(rows.Skip(2).All(r => r.IsValid), Is.True);
            Assert.That(rows, Has.Count.EqualTo(2 + CsvRowReader.MaxLinesPerRecord + 5));
        }
    }
}
