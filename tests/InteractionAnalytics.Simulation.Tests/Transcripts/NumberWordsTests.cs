using InteractionAnalytics.Simulation.Transcripts;

namespace InteractionAnalytics.Simulation.Tests.Transcripts;

public sealed class NumberWordsTests
{
    [TestCase(0, "zero")]
    [TestCase(13, "thirteen")]
    [TestCase(40, "forty")]
    [TestCase(42, "forty two")]
    [TestCase(315, "three hundred fifteen")]
    [TestCase(1_000, "one thousand")]
    [TestCase(21_007, "twenty one thousand seven")]
    public void Cardinal_Number_IsSpelledOut(int value, string expected)
    {
        Assert.That(NumberWords.Cardinal(value), Is.EqualTo(expected));
    }

    [TestCase(1, "first")]
    [TestCase(12, "twelfth")]
    [TestCase(20, "twentieth")]
    [TestCase(23, "twenty third")]
    public void Ordinal_Number_IsSpelledOut(int value, string expected)
    {
        Assert.That(NumberWords.Ordinal(value), Is.EqualTo(expected));
    }

    [TestCase(1, "1st")]
    [TestCase(11, "11th")]
    [TestCase(22, "22nd")]
    public void OrdinalDigits_Number_HasSuffix(int value, string expected)
    {
        Assert.That(NumberWords.OrdinalDigits(value), Is.EqualTo(expected));
    }

    [TestCase(49, 99, "forty nine ninety nine")]
    [TestCase(120, 0, "one hundred twenty dollars")]
    [TestCase(12, 5, "twelve oh five")]
    public void Money_Amount_IsSaidAloud(int dollars, int cents, string expected)
    {
        Assert.That(NumberWords.Money(dollars, cents), Is.EqualTo(expected));
    }

    [Test]
    public void SpellDigits_AccountDigits_AreSpelledOneByOne()
    {
        Assert.That(NumberWords.SpellDigits("0427"), Is.EqualTo("zero four two seven"));
    }
}
