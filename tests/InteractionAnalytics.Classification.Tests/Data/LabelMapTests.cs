using InteractionAnalytics.Classification.Data;

namespace InteractionAnalytics.Classification.Tests.Data;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class LabelMapTests
{
    private const string Header = "source_label\tintent\troot_cause_hint\n";

    [Test]
    public void Parse_ValidMap_EmptyCellsAreNull()
    {
        var map = LabelMap.Parse(Header + "disputecharge\tbilling_dispute\tbilling\ncheckbalance\tinformation_request\t\nthankyou\t\t\n", "test.tsv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Mappings, Is.EqualTo(new[]
            {
                new LabelMapping("disputecharge", "billing_dispute", "billing"),
                new LabelMapping("checkbalance", "information_request", null),
                new LabelMapping("thankyou", null, null),
            }));
            Assert.That(map.TryGet("thankyou", out var thanks), Is.True);
            Assert.That(thanks, Is.EqualTo(new LabelMapping("thankyou", null, null)));
            Assert.That(map.TryGet("ThankYou", out _), Is.False, "labels are case-sensitive");
            Assert.That(map.Wildcard, Is.Null);
            Assert.That(map.SourceName, Is.EqualTo("test.tsv"));
        }
    }

    [Test]
    public void Parse_WildcardRow_KeptApartAndNotUsedByTryGet()
    {
        var map = LabelMap.Parse(Header + "oos\tother\t\n*\tother\t\n", "clinc150.tsv");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Wildcard, Is.EqualTo(new LabelMapping("*", "other", null)));
            Assert.That(map.Mappings.Select(m => m.SourceLabel), Is.EqualTo(new[] { "oos" }));
            Assert.That(map.TryGet("book_flight", out _), Is.False);
        }
    }

    [Test]
    public void Parse_ByteOrderMarkCrLfAndBlankLines_Accepted()
    {
        var map = LabelMap.Parse("\uFEFFsource_label\tintent\troot_cause_hint\r\nrefund\trefund\tbilling\r\n\r\n", "crlf.tsv");

        Assert.That(map.Mappings, Is.EqualTo(new[] { new LabelMapping("refund", "refund", "billing") }));
    }

    [TestCase("a\tb\n", 2, "found 2", TestName = "Parse_TwoColumns_ThrowsNamingFileAndLine")]
    [TestCase("ok\tother\t\na\tb\tc\td\n", 3, "found 4", TestName = "Parse_FourColumns_ThrowsNamingFileAndLine")]
    [TestCase("ok\tother\t\nok\tpayment\t\n", 3, "mapped twice", TestName = "Parse_DuplicateLabel_ThrowsNamingFileAndLine")]
    [TestCase("\tother\t\n", 2, "empty source_label", TestName = "Parse_EmptyLabel_ThrowsNamingFileAndLine")]
    [TestCase("*\tother\t\n*\tother\t\n", 3, "second '*'", TestName = "Parse_TwoWildcards_ThrowsNamingFileAndLine")]
    public void Parse_MalformedLine_ThrowsNamingFileAndLine(string body, int line, string problem)
    {
        var ex = Assert.Throws<TrainingDataException>(() => LabelMap.Parse(Header + body, "maps/x.tsv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.StartWith($"maps/x.tsv line {line}: "));
            Assert.That(ex.Message, Does.Contain(problem));
            Assert.That(ex.FilePath, Is.EqualTo("maps/x.tsv"));
            Assert.That(ex.LineNumber, Is.EqualTo(line));
        }
    }

    [TestCase("", TestName = "Parse_EmptyText_ThrowsMissingHeader")]
    [TestCase("refund\trefund\tbilling\n", TestName = "Parse_NoHeaderLine_ThrowsMissingHeader")]
    public void Parse_MissingHeader_Throws(string text)
    {
        var ex = Assert.Throws<TrainingDataException>(() => LabelMap.Parse(text, "x.tsv"));

        Assert.That(ex.Message, Does.StartWith("x.tsv line 1: missing header"));
    }

    [Test]
    public void Load_MissingFile_ThrowsNamingExpectedPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "ia-missing-" + Guid.NewGuid().ToString("N"), "banking77.tsv");

        var ex = Assert.Throws<TrainingDataException>(() => LabelMap.Load(path));

        Assert.That(ex.Message, Does.Contain($"expected a file at '{path}'"));
    }

    [Test]
    public void Load_File_UsesPathAsSourceName()
    {
        using var root = new TempDataRoot();
        var path = root.Combine(Path.Combine("label-maps", "bitext.tsv"));

        var map = LabelMap.Load(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.SourceName, Is.EqualTo(path));
            Assert.That(map.TryGet("cancel_order", out var mapping), Is.True);
            Assert.That(mapping!.Intent, Is.EqualTo("order_delivery"));
        }
    }
}
