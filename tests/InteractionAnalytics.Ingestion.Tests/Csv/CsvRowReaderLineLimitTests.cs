using InteractionAnalytics.Ingestion.Csv;

namespace InteractionAnalytics.Ingestion.Tests.Csv;

/// <summary>The per-line limit of <see cref="CsvRowReader"/>: an endless line costs its record, never the process's memory.</summary>
public sealed class CsvRowReaderLineLimitTests
{
    private static List<CsvRow> ReadAll(string text, int maxLineCharacters)
    {
        var reader = new CsvRowReader(new StringReader(text), ',', maxLineCharacters);
        var rows = new List<CsvRow>();
        while (reader.Read() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    [Test]
    public void Read_LineOverTheLimit_ErrorRowWithItsLengthAndTheNextLineRead()
    {
        var rows = ReadAll("h1,h2\n" + new string('x', 50_000) + ",y\na,b\n", maxLineCharacters: 100);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(3));
            Assert.That(rows[1].Error, Is.EqualTo("line 2 is 50,002 characters long; at most 100 are read"));
            Assert.That(rows[1].Raw, Has.Length.EqualTo(100));
            Assert.That((rows[2].Line, rows[2].Fields), Is.EqualTo((3L, new[] { "a", "b" })));
        }
    }

    [Test]
    public void Read_QuotedFieldRunningIntoAnOverlongLine_BothLinesRejectedAndTheRestRead()
    {
        var rows = ReadAll("h1,h2\n1,\"open\n" + new string('x', 500) + "\n2,z\n", maxLineCharacters: 100);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
            Assert.That(rows[1].Error, Does.Contain("runs into line 3, which is too long to read"));
            Assert.That(rows[2].Error, Is.EqualTo("line 3 is 500 characters long; at most 100 are read"));
            Assert.That(rows[3].Fields, Is.EqualTo(new[] { "2", "z" }));
        }
    }

    [TestCase(8191)]
    [TestCase(8192)]
    [TestCase(8193)]
    public void Read_LineBreaksAcrossTheBufferEdge_ReadLikeReadLine(int firstLineLength)
    {
        // 8,192 characters is the reader's buffer: a \r\n split across two reads is still one line break.
        var text = new string('a', firstLineLength) + "\r\nb,c\rd,e\n\nf,g";

        var rows = ReadAll(text, int.MaxValue);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 1, 2, 3, 5 }));
            Assert.That(rows[0].Raw, Has.Length.EqualTo(firstLineLength));
            Assert.That(rows.Skip(1).Select(r => string.Join('|', r.Fields)), Is.EqualTo(new[] { "b|c", "d|e", "f|g" }));
        }
    }
}
