using InteractionAnalytics.Core.Classification.Conversations;

namespace InteractionAnalytics.Core.Tests.Classification.Conversations;

[Parallelizable(ParallelScope.All)]
public sealed class ReviewPolicyTests
{
    private static ContactClassification Classified(double intent, double cause) =>
        new("billing_dispute", intent, "billing", cause, [], "m-000000000000");

    [Test]
    public void Review_BothConfident_IsNotFlagged()
    {
        var reviewed = new ReviewPolicy().Review(Classified(0.9, 0.7));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reviewed.NeedsReview, Is.False);
            Assert.That(reviewed.ReviewReason, Is.Null);
            Assert.That(reviewed.Classification.Intent, Is.EqualTo("billing_dispute"));
        }
    }

    [Test]
    public void Review_IntentBelowThreshold_FlagsWithIntentReason()
    {
        var reviewed = new ReviewPolicy(0.5).Review(Classified(0.41, 0.9));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reviewed.NeedsReview, Is.True);
            Assert.That(reviewed.ReviewReason, Is.EqualTo("intent confidence 0.41 below 0.50"));
        }
    }

    [Test]
    public void Review_RootCauseBelowThreshold_FlagsWithRootCauseReason()
    {
        var reviewed = new ReviewPolicy(0.75).Review(Classified(0.8, 0.2));

        Assert.That(reviewed.ReviewReason, Is.EqualTo("root cause confidence 0.20 below 0.75"));
    }

    [Test]
    public void Review_BothBelow_JoinsBothReasonsIntentFirst()
    {
        var reviewed = new ReviewPolicy(0.6).Review(Classified(0.3, 0.123));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reviewed.NeedsReview, Is.True);
            Assert.That(reviewed.ReviewReason, Is.EqualTo("intent confidence 0.30 below 0.60; root cause confidence 0.12 below 0.60"));
        }
    }

    [Test]
    public void Review_ExactlyAtThreshold_IsNotFlagged() =>
        Assert.That(new ReviewPolicy(0.5).Review(Classified(0.5, 0.5)).NeedsReview, Is.False);

    [Test]
    public void Review_ThresholdZero_FlagsNothingEvenAtZeroConfidence()
    {
        var reviewed = new ReviewPolicy(0).Review(Classified(0, 0));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reviewed.NeedsReview, Is.False);
            Assert.That(reviewed.ReviewReason, Is.Null);
        }
    }

    [Test]
    public void Review_ThresholdOne_FlagsAnythingShortOfCertain() =>
        Assert.That(new ReviewPolicy(1).Review(Classified(0.99, 1)).ReviewReason, Is.EqualTo("intent confidence 0.99 below 1.00"));

    [Test]
    public void ReviewPolicy_DefaultThreshold_IsOneHalf() => Assert.That(new ReviewPolicy().Threshold, Is.EqualTo(0.5));

    [Test]
    [SetCulture("de-DE")]
    public void Review_CommaDecimalCulture_StillWritesPointDecimals() =>
        Assert.That(new ReviewPolicy(0.5).Review(Classified(0.25, 0.9)).ReviewReason, Is.EqualTo("intent confidence 0.25 below 0.50"));

    private static ContactClassification Opinions(double intent, double cause, string? model, string? rules) =>
        Classified(intent, cause) with { ModelRootCause = model, RuleRootCause = rules };

    [Test]
    public void Review_RulesDisagreeWithModel_FlagsWithItsOwnReasonAndKind()
    {
        // The final label is billing (Classified), the rules say product, the model alone agent.
        var reviewed = new ReviewPolicy().Review(Opinions(0.9, 0.8, model: "agent", rules: "product"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reviewed.NeedsReview, Is.True);
            Assert.That((reviewed.LowConfidence, reviewed.RulesDisagreementFlagged), Is.EqualTo((false, true)));
            Assert.That(reviewed.ReviewReason, Is.EqualTo("rules say product, model says agent"));
        }
    }

    [Test]
    public void Review_RulesOutweighedByModel_FlagsNamingTheFinalLabel()
    {
        var reviewed = new ReviewPolicy().Review(Opinions(0.9, 0.8, model: null, rules: "product"));

        Assert.That(reviewed.ReviewReason, Is.EqualTo("rules say product, outweighed by the model (billing)"));
    }

    [Test]
    public void Review_RulesWinOverSilentModel_NotFlagged()
    {
        var reviewed = new ReviewPolicy().Review(Opinions(0.9, 0.8, model: null, rules: "billing"));

        Assert.That((reviewed.NeedsReview, reviewed.Classification.RulesDisagree), Is.EqualTo((false, false)));
    }

    [Test]
    public void Review_LowConfidenceAndDisagreement_BothReasonsConfidenceFirst()
    {
        var reviewed = new ReviewPolicy().Review(Opinions(0.9, 0.4, model: "agent", rules: "process"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((reviewed.LowConfidence, reviewed.RulesDisagreementFlagged), Is.EqualTo((true, true)));
            Assert.That(reviewed.ReviewReason, Is.EqualTo("root cause confidence 0.40 below 0.50; rules say process, model says agent"));
        }
    }

    [TestCase("billing", "billing", TestName = "Agree")]
    [TestCase("billing", null, TestName = "NoRuleFired")]
    public void Review_NoDisagreement_NotFlagged(string model, string? rules) =>
        Assert.That(new ReviewPolicy().Review(Opinions(0.9, 0.9, model, rules)).NeedsReview, Is.False);

    [Test]
    public void Review_DisagreementNotFlaggedByPolicy_OnlyConfidenceCounts()
    {
        var reviewed = new ReviewPolicy(FlagRulesDisagreement: false).Review(Opinions(0.9, 0.9, model: "agent", rules: "billing"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reviewed.Classification.RulesDisagree, Is.True, "still recorded on the classification");
            Assert.That((reviewed.NeedsReview, reviewed.RulesDisagreementFlagged), Is.EqualTo((false, false)));
        }
    }

    [Test]
    public void Review_Null_Throws() => Assert.Throws<ArgumentNullException>(() => new ReviewPolicy().Review(null!));
}
