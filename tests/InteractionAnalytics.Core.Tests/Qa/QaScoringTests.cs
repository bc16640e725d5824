using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Core.Tests.Qa;

/// <summary>The QA score (docs/metrics.md) on the two-section form: greet 2 points, reason 3, id 5 (critical, N/A allowed).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class QaScoringTests
{
    private static readonly QaForm Form = QaForm.Parse(QaFormParseTests.TwoSections);

    private static Dictionary<string, QaAnswer> Answers(QaAnswer greet, QaAnswer reason, QaAnswer id) =>
        new(StringComparer.Ordinal) { ["greet"] = greet, ["reason"] = reason, ["id"] = id };

    [Test]
    public void Score_AllYes_One()
    {
        var score = QaScoring.Score(Form, Answers(QaAnswer.Yes, QaAnswer.Yes, QaAnswer.Yes));
        Assert.That(score, Is.EqualTo(new QaScore(10, 10, 1.0, false, 1.0)));
    }

    [Test]
    public void Score_NonCriticalNo_PointsOverPossible()
    {
        // greet no: earned 3 + 5 = 8 of 10.
        var score = QaScoring.Score(Form, Answers(QaAnswer.No, QaAnswer.Yes, QaAnswer.Yes));
        Assert.That(score, Is.EqualTo(new QaScore(8, 10, 0.8, false, 0.8)));
    }

    [Test]
    public void Score_NotApplicable_LeftOutOfPossible()
    {
        // id N/A: earned 2 of the 2 + 3 = 5 possible = 0.4.
        var score = QaScoring.Score(Form, Answers(QaAnswer.Yes, QaAnswer.No, QaAnswer.NotApplicable));
        Assert.That(score, Is.EqualTo(new QaScore(2, 5, 0.4, false, 0.4)));
    }

    [Test]
    public void Score_CriticalNo_FailsToZeroKeepingRaw()
    {
        // id no: raw 2 + 3 = 5 of 10 = 0.5, final 0.
        var score = QaScoring.Score(Form, Answers(QaAnswer.Yes, QaAnswer.Yes, QaAnswer.No));
        Assert.That(score, Is.EqualTo(new QaScore(5, 10, 0.5, true, 0.0)));
    }

    [Test]
    public void Score_AllNotApplicable_NoScore()
    {
        var form = QaForm.Parse("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"a","text":"A","weight":1,"allow_na":true},{"id":"b","text":"B","weight":2,"allow_na":true}]}]}""");
        var score = QaScoring.Score(form, new Dictionary<string, QaAnswer> { ["a"] = QaAnswer.NotApplicable, ["b"] = QaAnswer.NotApplicable });
        Assert.That(score, Is.EqualTo(new QaScore(0, 0, null, false, null)));
    }

    [Test]
    public void Problems_MissingAnswerAndDisallowedNa_Listed()
    {
        var answers = new Dictionary<string, QaAnswer>(StringComparer.Ordinal) { ["greet"] = QaAnswer.NotApplicable, ["other"] = QaAnswer.Yes };
        var problems = QaScoring.Problems(Form, answers);
        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "Question 'greet' does not allow N/A.",
            "Question 'reason' has no answer.",
            "Question 'id' has no answer.",
            "The form has no question 'other'.",
        }));
        Assert.Throws<ArgumentException>(() => QaScoring.Score(Form, answers));
    }

    [TestCase(QaAnswer.Yes, 2.0, 2.0)]
    [TestCase(QaAnswer.No, 0.0, 2.0)]
    [TestCase(QaAnswer.NotApplicable, 0.0, 0.0)]
    public void Points_PerAnswer(QaAnswer answer, double points, double max) =>
        Assert.That(QaScoring.Points(Form.FindQuestion("greet")!, answer), Is.EqualTo((points, max)));
}
