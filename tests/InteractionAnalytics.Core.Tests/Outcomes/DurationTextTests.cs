using InteractionAnalytics.Core.Durations;

namespace InteractionAnalytics.Core.Tests.Outcomes;

public sealed class DurationTextTests
{
    [TestCase("7d", 7 * 86_400)]
    [TestCase("30d", 30 * 86_400)]
    [TestCase("2w", 14 * 86_400)]
    [TestCase("48h", 48 * 3_600)]
    [TestCase("90m", 90 * 60)]
    [TestCase("45s", 45)]
    [TestCase(" 30D ", 30 * 86_400)]
    public void Parse_NumberAndUnit_GivesTheDuration(string text, long seconds) =>
        Assert.That(DurationText.Parse(text), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [TestCase("")]
    [TestCase("d")]
    [TestCase("7")]
    [TestCase("0d")]
    [TestCase("-3d")]
    [TestCase("1.5d")]
    [TestCase("7 days")]
    [TestCase("7y")]
    public void Parse_NotADuration_ThrowsWithTheExpectedForm(string text)
    {
        var error = Assert.Throws<FormatException>(() => DurationText.Parse(text));
        Assert.That(error.Message, Does.Contain("7d"));
    }

    [TestCase("7d")]
    [TestCase("36h")]
    [TestCase("90m")]
    [TestCase("61s")]
    public void Format_ParsedText_RoundTrips(string text) =>
        Assert.That(DurationText.Format(DurationText.Parse(text)), Is.EqualTo(text));
}
