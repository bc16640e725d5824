using System.Globalization;
using InteractionAnalytics.Core.Sentiment;

namespace InteractionAnalytics.Core.Tests.Sentiment;

[Parallelizable(ParallelScope.All)]
public sealed class VaderSentimentAnalyzerTests
{
    // The reference prints 4 decimals; Score is unrounded, so it is within 0.00005 of the printed value.
    private const double Tolerance = 1e-4;

    private static readonly VaderSentimentAnalyzer Analyzer = new();

    // Expected values: the compound of the npm package vader-sentiment 1.1.3 (its tests/SentimentIntensityAnalyzer_tests.js
    // and VADER's README examples), each checked by running the package with node.
    [TestCase("VADER is smart, handsome, and funny.", 0.8316)]
    [TestCase("VADER is not smart, handsome, nor funny.", -0.7424)]
    [TestCase("VADER is smart, handsome, and funny!", 0.8439)]
    [TestCase("VADER is very smart, handsome, and funny.", 0.8545)]
    [TestCase("VADER is VERY SMART, handsome, and FUNNY.", 0.9227)]
    [TestCase("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342)]
    [TestCase("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.9469)]
    [TestCase("The book was good.", 0.4404)]
    [TestCase("The book was kind of good.", 0.3832)]
    [TestCase("The book was only kind of good.", 0.3832)]
    [TestCase("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042)]
    [TestCase("At least it isn't a horrible book.", 0.431)]
    [TestCase("Make sure you :) or :D today!", 0.8633)]
    [TestCase("Today SUX!", -0.5461)]
    [TestCase("Today only kinda sux! But I'll get by, lol", 0.2228)]
    [TestCase("not bad at all", 0.431)]
    [TestCase("Sentiment analysis has never been good.", -0.3412)]
    [TestCase("Sentiment analysis has never been this good!", 0.5672)]
    [TestCase("Most automated sentiment analysis tools are shit.", -0.5574)]
    [TestCase("With VADER, sentiment analysis is the shit!", 0.6476)]
    [TestCase("Other sentiment analysis tools can be quite bad.", -0.5849)]
    [TestCase("On the other hand, VADER is quite bad ass", 0.802)]
    [TestCase("Without a doubt, excellent idea.", 0.296)]
    [TestCase("Roger Dodger is one of the most compelling variations on this theme.", 0.2944)]
    [TestCase("Roger Dodger is at least compelling as a variation on the theme.", 0.2263)]
    [TestCase("Roger Dodger is one of the least compelling variations on this theme.", -0.1695)]
    [TestCase("Not such a badass after all.", -0.1531)]
    [TestCase("it was the kiss of death for the deal", -0.6124)]
    [TestCase("What???? This is terrible", -0.6199)]
    public void Score_PublishedExample_MatchesReferencePackage(string text, double expected) =>
        Assert.That(Analyzer.Score(text), Is.EqualTo(expected).Within(Tolerance));

    [Test]
    public void Score_ReferenceFile_MatchesReferencePackageOnEveryRow()
    {
        var rows = SentimentFixtures.ReadPairs("vader-js-reference.tsv");
        var mismatches = rows
            .Select(r => (Text: r.Second, Expected: double.Parse(r.First, CultureInfo.InvariantCulture), Actual: Analyzer.Score(r.Second)))
            .Where(r => Math.Abs(r.Actual - r.Expected) > Tolerance)
            .Select(r => $"{r.Text}: expected {r.Expected}, got {r.Actual:F6}")
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.GreaterThanOrEqualTo(200));
            Assert.That(mismatches, Is.Empty);
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\r\n")]
    [TestCase("a I !")]
    [TestCase("the order was placed on tuesday")]
    public void Score_NoSentimentWord_IsZero(string text) =>
        Assert.That(Analyzer.Score(text), Is.Zero);

    [Test]
    public void Score_NegationBeforeTheWord_FlipsAndShrinksIt()
    {
        // "good" is 1.9; "not good" is 1.9 × -0.74 = -1.406; compound = x / sqrt(x² + 15).
        var good = Analyzer.Score("this is good");
        var notGood = Analyzer.Score("this is not good");
        var neverGood = Analyzer.Score("it was never good");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(good, Is.EqualTo(1.9 / Math.Sqrt((1.9 * 1.9) + 15)).Within(1e-12));
            Assert.That(notGood, Is.EqualTo(-1.406 / Math.Sqrt((1.406 * 1.406) + 15)).Within(1e-12));
            Assert.That(neverGood, Is.EqualTo(notGood).Within(1e-12));
            Assert.That(Analyzer.Score("that isn't helpful"), Is.LessThan(0));
            Assert.That(Analyzer.Score("i'm not upset"), Is.GreaterThan(0));
        }
    }

    [Test]
    public void Score_NegationThreeWordsBack_StillNegates()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Analyzer.Score("not really that good"), Is.LessThan(0));
            Assert.That(Analyzer.Score("not one two three good"), Is.GreaterThan(0));
        }
    }

    [Test]
    public void Score_SentenceInitialCapitalNot_IsNotANegationAsInTheReference()
    {
        // The JS port matches negation words case-sensitively (the Python original lower-cases them first).
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Analyzer.Score("Not bad at all"), Is.EqualTo(-0.5423).Within(Tolerance));
            Assert.That(Analyzer.Score("not bad at all"), Is.EqualTo(0.431).Within(Tolerance));
        }
    }

    [Test]
    public void Score_BoosterAndDampener_MoveTheScoreAwayFromAndTowardsZero()
    {
        var good = Analyzer.Score("the service was good");
        var bad = Analyzer.Score("the service was bad");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Analyzer.Score("the service was very good"), Is.GreaterThan(good));
            Assert.That(Analyzer.Score("the service was extremely bad"), Is.LessThan(bad));
            Assert.That(Analyzer.Score("the service was slightly good"), Is.LessThan(good).And.GreaterThan(0));
            Assert.That(Analyzer.Score("the service was somewhat bad"), Is.GreaterThan(bad).And.LessThan(0));
            // As in the reference, "kind of" subtracts 0.293 whatever the sign, so it makes a negative word worse.
            Assert.That(Analyzer.Score("the service was kind of bad"), Is.LessThan(bad));
            // A booster alone carries no sentiment.
            Assert.That(Analyzer.Score("very extremely so"), Is.Zero);
        }
    }

    [Test]
    public void Score_ButContrast_WeightsTheClauseAfterButMore()
    {
        // great 3.1, awful -2.0: before "but" × 0.5, after × 1.5.
        var praiseFirst = Analyzer.Score("the agent was great but the wait was awful");
        var complaintFirst = Analyzer.Score("the wait was awful but the agent was great");
        var praise = (3.1 * 0.5) + (-2.0 * 1.5);
        var complaint = (-2.0 * 0.5) + (3.1 * 1.5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(praiseFirst, Is.EqualTo(praise / Math.Sqrt((praise * praise) + 15)).Within(1e-12));
            Assert.That(complaintFirst, Is.EqualTo(complaint / Math.Sqrt((complaint * complaint) + 15)).Within(1e-12));
        }
    }

    [Test]
    public void Score_AtLeastAndLeast_OnlyBareLeastNegates()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Analyzer.Score("this is the least helpful answer"), Is.EqualTo(-0.3252).Within(Tolerance));
            Assert.That(Analyzer.Score("it is at least helpful"), Is.GreaterThan(0));
        }
    }

    [Test]
    public void Score_AllCapsWordAmongLowerCase_IsEmphasised()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Analyzer.Score("I am HAPPY with the service"), Is.EqualTo(0.6633).Within(Tolerance));
            Assert.That(Analyzer.Score("i am HAPPY with the service"), Is.GreaterThan(Analyzer.Score("i am happy with the service")));
            // When every word is in capitals none is emphasised: shouting a whole sentence is not a differential.
            Assert.That(Analyzer.Score("I AM HAPPY"), Is.EqualTo(Analyzer.Score("i am happy")).Within(1e-12));
        }
    }

    [Test]
    public void Score_ExclamationAndQuestionMarks_AmplifyAwayFromZero()
    {
        // good 1.9; "!" adds 0.292 each up to 4; 2-3 "?" add 0.18 each, more add 0.96.
        static double Compound(double x) => x / Math.Sqrt((x * x) + 15);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Analyzer.Score("good!"), Is.EqualTo(Compound(1.9 + 0.292)).Within(1e-12));
            Assert.That(Analyzer.Score("good !!!!!!"), Is.EqualTo(Compound(1.9 + (4 * 0.292))).Within(1e-12));
            // Only the listed punctuation strings are stripped from a word: "good!!!!!!" is not found in the lexicon.
            Assert.That(Analyzer.Score("good!!!!!!"), Is.Zero);
            Assert.That(Analyzer.Score("good? really?"), Is.EqualTo(Compound(1.9 + 0.36)).Within(1e-12));
            Assert.That(Analyzer.Score("bad? bad? bad? bad?"), Is.EqualTo(Compound((4 * -2.5) - 0.96)).Within(1e-12));
        }
    }

    [Test]
    public void Score_Idiom_ReplacesTheWordsValence()
    {
        using (Assert.EnterMultipleScope())
        {
            // "kiss of death" = -1.5 replaces both "kiss" (1.8, idiom after it) and "death" (-2.9, idiom before it).
            Assert.That(Analyzer.Score("it was the kiss of death"), Is.EqualTo(-3 / Math.Sqrt((3.0 * 3.0) + 15)).Within(1e-12));
            Assert.That(Analyzer.Score("the new app is the bomb"), Is.GreaterThan(0.5));
        }
    }

    [TestCase("thank you so much")]
    [TestCase("this is ABSOLUTELY TERRIBLE!!!! worst worst worst worst worst worst worst worst")]
    [TestCase("great great great great great great great great great great great great!!!!")]
    public void Score_AnyText_StaysWithinMinusOneToOne(string text) =>
        Assert.That(Analyzer.Score(text), Is.InRange(-1.0, 1.0));

    [Test]
    public void Score_NullText_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Analyzer.Score(null!));

    [Test]
    public void Name_IsVaderLocal() =>
        Assert.That(Analyzer.Name, Is.EqualTo("vader-local"));

    [Test]
    public async Task ScoreAsync_Texts_ReturnsOneScorePerTextInOrder()
    {
        string[] texts = ["The book was good.", "", "Today SUX!"];

        var scores = await Analyzer.ScoreAsync(texts, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scores, Has.Count.EqualTo(3));
            Assert.That(scores[0], Is.EqualTo(Analyzer.Score(texts[0])));
            Assert.That(scores[1], Is.Zero);
            Assert.That(scores[2], Is.EqualTo(-0.5461).Within(Tolerance));
            Assert.That(await Analyzer.ScoreAsync([], CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public void ScoreAsync_CancelledToken_ReturnsCancelledTask()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var task = Analyzer.ScoreAsync(["good"], cts.Token);

        Assert.That(task.IsCanceled, Is.True);
    }
}
