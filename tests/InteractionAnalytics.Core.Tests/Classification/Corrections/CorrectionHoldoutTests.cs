using InteractionAnalytics.Core.Classification.Corrections;

namespace InteractionAnalytics.Core.Tests.Classification.Corrections;

[Parallelizable(ParallelScope.All)]
public sealed class CorrectionHoldoutTests
{
    // 32-bit FNV-1a by hand (offset basis 2166136261, prime 16777619) over the UTF-16 code units, modulo 100.
    [TestCase("", 61, TestName = "Empty: the offset basis 2166136261")]
    [TestCase("a", 20, TestName = "a: 3826002220")]
    [TestCase("C20261116-00001", 11, TestName = "C20261116-00001: 3064141111")]
    [TestCase("C20261116-00002", 30, TestName = "C20261116-00002: 3080918730")]
    public void Bucket_KnownIds_AsComputedByHand(string callId, int bucket) =>
        Assert.That(CorrectionHoldout.Bucket(callId), Is.EqualTo(bucket));

    [Test]
    public void IsHeldOut_BucketBelowPercent()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new CorrectionHoldout(12).IsHeldOut("C20261116-00001"), Is.True, "bucket 11 < 12");
            Assert.That(new CorrectionHoldout(11).IsHeldOut("C20261116-00001"), Is.False, "bucket 11 is not below 11");
            Assert.That(new CorrectionHoldout(0).IsHeldOut(""), Is.False, "0 holds out nothing");
        }
    }

    [Test]
    public void IsHeldOut_ManyIds_ShareCloseToThePercent()
    {
        var holdout = new CorrectionHoldout(30);

        var share = Enumerable.Range(0, 10_000).Count(i => holdout.IsHeldOut($"C20261116-{i:00000}")) / 10_000d;

        Assert.That(share, Is.EqualTo(0.30).Within(0.02));
    }

    [TestCase(-1)]
    [TestCase(91)]
    public void Constructor_OutOfRange_Throws(int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CorrectionHoldout(percent));
}
