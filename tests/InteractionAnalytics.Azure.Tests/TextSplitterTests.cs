namespace InteractionAnalytics.Azure.Tests;

public sealed class TextSplitterTests
{
    [Test]
    public void Split_ShortText_IsOnePieceTrimmed()
    {
        Assert.That(TextSplitter.Split("  hello there \n", 20), Is.EqualTo(new[] { "hello there" }));
    }

    [TestCase("")]
    [TestCase(" \t\r\n ")]
    public void Split_EmptyOrWhitespace_GivesNoPieces(string text)
    {
        Assert.That(TextSplitter.Split(text, 10), Is.Empty);
    }

    [Test]
    public void Split_LongText_CutsAtTheLastWhitespaceThatFits()
    {
        // Limit 11: "aaa bbb ccc" is exactly 11 and fits; "ddd" starts the next piece.
        Assert.That(TextSplitter.Split("aaa bbb ccc ddd eee", 11), Is.EqualTo(new[] { "aaa bbb ccc", "ddd eee" }));
    }

    [Test]
    public void Split_RunsOfWhitespaceBetweenPieces_AreDropped()
    {
        Assert.That(TextSplitter.Split("aaaa    bbbb", 6), Is.EqualTo(new[] { "aaaa", "bbbb" }));
    }

    [Test]
    public void Split_WordLongerThanLimit_IsCutHard()
    {
        Assert.That(TextSplitter.Split("abcdefghij kl", 4), Is.EqualTo(new[] { "abcd", "efgh", "ij", "kl" }));
    }

    [Test]
    public void Split_HardCut_NeverSeparatesASurrogatePair()
    {
        // "x" then three emoji (two UTF-16 code units each), no whitespace.
        var text = "x\U0001F600\U0001F600\U0001F600";

        var pieces = TextSplitter.Split(text, 4);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pieces, Is.EqualTo(new[] { "x\U0001F600", "\U0001F600\U0001F600" }));
            Assert.That(string.Concat(pieces), Is.EqualTo(text));
        }
    }

    [Test]
    public void Split_RandomTexts_PiecesFitAndKeepEveryWord()
    {
        var random = new Random(20_240_601);
        for (var round = 0; round < 200; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 300))
                .Select(_ => new string('w', random.Next(1, 40)))
                .ToArray();
            var separators = new[] { " ", "  ", "\n", "\t " };
            var text = string.Concat(words.Select(w => w + separators[random.Next(separators.Length)]));
            var max = random.Next(2, 120);

            var pieces = TextSplitter.Split(text, max);

            Assert.That(pieces, Has.All.Length.InRange(1, max), $"round {round}");
            var rejoined = string.Concat(pieces.SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            Assert.That(rejoined, Is.EqualTo(string.Concat(words)), $"round {round}: no character but whitespace is lost");
        }
    }
}
