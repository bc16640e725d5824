using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Speakers;

[Parallelizable(ParallelScope.All)]
public sealed class SpeakerRoleMapTests
{
    [Test]
    public void Parse_Pairs_CaseInsensitiveLabels()
    {
        var map = SpeakerRoleMap.Parse(" ch_0 = agent , CH_1=Customer,spk_9=ivr ");
        Assert.Multiple(() =>
        {
            Assert.That(map.Count, Is.EqualTo(3));
            Assert.That(map.TryGetRole("CH_0", out var a) ? a : (Speaker?)null, Is.EqualTo(Speaker.Agent));
            Assert.That(map.TryGetRole("ch_1", out var c) ? c : (Speaker?)null, Is.EqualTo(Speaker.Customer));
            Assert.That(map.TryGetRole("spk_9", out var i) ? i : (Speaker?)null, Is.EqualTo(Speaker.Ivr));
            Assert.That(map.TryGetRole("spk_0", out _), Is.False);
            Assert.That(map.ToString(), Is.EqualTo("ch_0=agent,CH_1=customer,spk_9=ivr"));
        });
    }

    [TestCase("ch_0", "'ch_0' is not label=role")]
    [TestCase("=agent", "is not label=role")]
    [TestCase("ch_0=boss", "'boss' in 'ch_0=boss' is not a role")]
    [TestCase("ch_0=agent,CH_0=customer", "'CH_0' is mapped twice")]
    public void Parse_Malformed_ThrowsNamingThePart(string text, string message) =>
        Assert.That(() => SpeakerRoleMap.Parse(text), Throws.InstanceOf<FormatException>().With.Message.Contains(message));

    [Test]
    public void Parse_Empty_IsEmptyMap() => Assert.That(SpeakerRoleMap.Parse(" ").Count, Is.Zero);
}
