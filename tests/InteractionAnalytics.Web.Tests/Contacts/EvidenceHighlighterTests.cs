using InteractionAnalytics.Web.Contacts;

namespace InteractionAnalytics.Web.Tests.Contacts;

public sealed class EvidenceHighlighterTests
{
    [Test]
    public void Split_OneSpan_HighlightsExactlyThoseCharacters()
    {
        var segments = EvidenceHighlighter.Split("I was charged twice.", [(6, 19)]);

        Assert.That(segments, Is.EqualTo(new[]
        {
            new TextSegment("I was ", false), new TextSegment("charged twice", true), new TextSegment(".", false),
        }));
    }

    [Test]
    public void Split_OverlappingAndTouchingSpans_Merged()
    {
        var segments = EvidenceHighlighter.Split("abcdefghij", [(5, 8), (1, 3), (2, 4), (4, 5)]);

        Assert.That(segments, Is.EqualTo(new[]
        {
            new TextSegment("a", false), new TextSegment("bcdefgh", true), new TextSegment("ij", false),
        }));
    }

    [Test]
    public void Split_SpansOutOfRangeOrEmpty_ClampedOrIgnored()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(EvidenceHighlighter.Split("abc", [(2, 99), (-5, 0), (1, 1)]),
                Is.EqualTo(new[] { new TextSegment("ab", false), new TextSegment("c", true) }));
            Assert.That(EvidenceHighlighter.Split("abc", []), Is.EqualTo(new[] { new TextSegment("abc", false) }));
            Assert.That(EvidenceHighlighter.Split("", [(0, 3)]), Is.EqualTo(new[] { new TextSegment("", false) }));
        }
    }
}
