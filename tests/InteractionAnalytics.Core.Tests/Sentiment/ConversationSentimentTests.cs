using InteractionAnalytics.Core.Sentiment;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Core.Tests.Sentiment;

[Parallelizable(ParallelScope.All)]
public sealed class ConversationSentimentTests
{
    private const double Exact = 1e-12;

    [Test]
    public void Compute_UntimedTurns_UsesTurnPositionQuarters()
    {
        // 8 turns: quarter = floor(4i / 8) = 0,0,1,1,2,2,3,3. Customer turns 1 (q0), 3 (q1), 5 (q2), 6 and 7 (q3).
        var turns = new[]
        {
            Untimed(Speaker.Agent), Untimed(Speaker.Customer), Untimed(Speaker.Agent), Untimed(Speaker.Customer),
            Untimed(Speaker.Ivr), Untimed(Speaker.Customer), Untimed(Speaker.Customer), Untimed(Speaker.Customer),
        };
        double[] scores = [0.9, -0.6, 0.9, 0.2, 0.9, 0.0, 0.5, 0.9];

        var result = ConversationSentiment.Compute(turns, scores);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-0.6).Within(Exact));
            Assert.That(result.EndScore, Is.EqualTo(0.7).Within(Exact));
            Assert.That(result.Change, Is.EqualTo(1.3).Within(Exact));
            // (-0.6 + 0.2 + 0.0 + 0.5 + 0.9) / 5; agent and IVR scores are not counted.
            Assert.That(result.MeanScore, Is.EqualTo(0.2).Within(Exact));
            Assert.That(result.ScoredTurns, Is.EqualTo(5));
            Assert.That(result.StartTurns, Is.EqualTo(1));
            Assert.That(result.EndTurns, Is.EqualTo(2));
            Assert.That(result.QuartersByTime, Is.False);
        }
    }

    [Test]
    public void Compute_TimedTurns_UsesTheQuarterOfEachTurnsMidpoint()
    {
        // 0–100 s, quarters [0,25) [25,50) [50,75) [75,100]. Customer midpoints: 20 (q0), 55 (q2), 75 (q3: a boundary
        // belongs to the later quarter) and 97.5 (q3). By position (7 turns) the turn at 70–80 s would be in q2.
        var turns = new[]
        {
            Timed(Speaker.Agent, 0, 10), Timed(Speaker.Customer, 10, 30), Timed(Speaker.Agent, 30, 40),
            Timed(Speaker.Customer, 40, 70), Timed(Speaker.Customer, 70, 80), Timed(Speaker.Agent, 80, 95),
            Timed(Speaker.Customer, 95, 100),
        };
        double[] scores = [0, -0.8, 0, 0.1, 0.4, 0, 0.6];

        var result = ConversationSentiment.Compute(turns, scores);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-0.8).Within(Exact));
            Assert.That(result.EndScore, Is.EqualTo(0.5).Within(Exact));
            Assert.That(result.Change, Is.EqualTo(1.3).Within(Exact));
            Assert.That(result.MeanScore, Is.EqualTo(0.075).Within(Exact));
            Assert.That(result.ScoredTurns, Is.EqualTo(4));
            Assert.That(result.StartTurns, Is.EqualTo(1));
            Assert.That(result.EndTurns, Is.EqualTo(2));
            Assert.That(result.QuartersByTime, Is.True);
        }
    }

    [Test]
    public void Compute_TimedTurnsNotStartingAtZero_MeasuresFromTheFirstTurn()
    {
        // 60–100 s (IVR until 60 s is not in the transcript): quarters of 10 s. Midpoints 65 (q0), 85 (q2), 95 (q3).
        var turns = new[]
        {
            Timed(Speaker.Customer, 60, 70), Timed(Speaker.Agent, 70, 80), Timed(Speaker.Customer, 80, 90),
            Timed(Speaker.Customer, 90, 100),
        };
        double[] scores = [-0.4, 0, 0.3, 0.2];

        var result = ConversationSentiment.Compute(turns, scores);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-0.4).Within(Exact));
            Assert.That(result.EndScore, Is.EqualTo(0.2).Within(Exact));
            Assert.That(result.Change, Is.EqualTo(0.6).Within(Exact));
            Assert.That(result.QuartersByTime, Is.True);
        }
    }

    [Test]
    public void Compute_OneTurnWithoutTimes_UsesPositionsForAll()
    {
        // 4 turns, one untimed: by position each turn is its own quarter, whatever the times say.
        var turns = new[]
        {
            Timed(Speaker.Customer, 0, 90), new Turn(Speaker.Agent, null, null, "one moment"),
            Timed(Speaker.Agent, 92, 95), Timed(Speaker.Customer, 95, 100),
        };
        double[] scores = [-0.5, 0, 0, 0.5];

        var result = ConversationSentiment.Compute(turns, scores);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-0.5));
            Assert.That(result.EndScore, Is.EqualTo(0.5));
            Assert.That(result.Change, Is.EqualTo(1.0).Within(Exact));
            Assert.That(result.QuartersByTime, Is.False);
        }
    }

    [Test]
    public void Compute_NoCustomerTurns_GivesAllScoresNull()
    {
        var turns = new[] { Timed(Speaker.Ivr, 0, 5), Timed(Speaker.Agent, 5, 10), Timed(Speaker.System, 10, 10) };

        var result = ConversationSentiment.Compute(turns, [0.5, 0.5, 0.5]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.Null);
            Assert.That(result.EndScore, Is.Null);
            Assert.That(result.Change, Is.Null);
            Assert.That(result.MeanScore, Is.Null);
            Assert.That(result.ScoredTurns, Is.Zero);
            Assert.That(result.StartTurns, Is.Zero);
            Assert.That(result.EndTurns, Is.Zero);
        }
    }

    [Test]
    public void Compute_NoTurns_GivesAllScoresNullAndPositionQuarters()
    {
        var result = ConversationSentiment.Compute([], []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.Null);
            Assert.That(result.EndScore, Is.Null);
            Assert.That(result.Change, Is.Null);
            Assert.That(result.MeanScore, Is.Null);
            Assert.That(result.ScoredTurns, Is.Zero);
            Assert.That(result.QuartersByTime, Is.False);
        }
    }

    [TestCase(0, 0.5, null, TestName = "Compute_OneCustomerTurnFirstOfFour_IsTheStartOnly")]
    [TestCase(1, null, null, TestName = "Compute_OneCustomerTurnSecondOfFour_IsNeitherStartNorEnd")]
    [TestCase(3, null, 0.5, TestName = "Compute_OneCustomerTurnLastOfFour_IsTheEndOnly")]
    public void Compute_OneCustomerTurnUntimed_IsInOneQuarterOnly(int customerIndex, double? start, double? end)
    {
        var turns = Enumerable.Range(0, 4).Select(i => Untimed(i == customerIndex ? Speaker.Customer : Speaker.Agent)).ToArray();

        var result = ConversationSentiment.Compute(turns, [0.5, 0.5, 0.5, 0.5]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(start));
            Assert.That(result.EndScore, Is.EqualTo(end));
            Assert.That(result.Change, Is.Null);
            Assert.That(result.MeanScore, Is.EqualTo(0.5));
            Assert.That(result.ScoredTurns, Is.EqualTo(1));
        }
    }

    [Test]
    public void Compute_ConversationOfOneUntimedCustomerTurn_IsTheStartOnly()
    {
        // n = 1: floor(4·0 / 1) = 0.
        var result = ConversationSentiment.Compute([Untimed(Speaker.Customer)], [-0.3]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-0.3));
            Assert.That(result.EndScore, Is.Null);
            Assert.That(result.Change, Is.Null);
            Assert.That(result.MeanScore, Is.EqualTo(-0.3));
        }
    }

    [Test]
    public void Compute_ConversationOfOneTimedCustomerTurn_IsNeitherStartNorEnd()
    {
        // The turn spans the conversation, so its midpoint is at the half: quarter 2.
        var result = ConversationSentiment.Compute([Timed(Speaker.Customer, 3, 13)], [-0.3]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.Null);
            Assert.That(result.EndScore, Is.Null);
            Assert.That(result.Change, Is.Null);
            Assert.That(result.MeanScore, Is.EqualTo(-0.3));
            Assert.That(result.ScoredTurns, Is.EqualTo(1));
            Assert.That(result.QuartersByTime, Is.True);
        }
    }

    [Test]
    public void Compute_TwoUntimedTurns_HaveNoLastQuarter()
    {
        // n = 2: quarters floor(0) = 0 and floor(4/2) = 2; with fewer than 4 turns nothing reaches quarter 3.
        var result = ConversationSentiment.Compute([Untimed(Speaker.Customer), Untimed(Speaker.Customer)], [-0.2, 0.8]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-0.2));
            Assert.That(result.EndScore, Is.Null);
            Assert.That(result.MeanScore, Is.EqualTo(0.3).Within(Exact));
        }
    }

    [Test]
    public void Compute_ZeroLengthConversation_FallsBackToPositions()
    {
        // Every turn at 12 s: there is no time to divide into quarters, so 4 turns are quarters 0, 1, 2, 3.
        var turns = new[]
        {
            Timed(Speaker.Customer, 12, 12), Timed(Speaker.Agent, 12, 12), Timed(Speaker.Agent, 12, 12),
            Timed(Speaker.Customer, 12, 12),
        };

        var result = ConversationSentiment.Compute(turns, [-1, 0, 0, 1]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(-1));
            Assert.That(result.EndScore, Is.EqualTo(1));
            Assert.That(result.Change, Is.EqualTo(2));
            Assert.That(result.QuartersByTime, Is.False);
        }
    }

    [Test]
    public void Compute_ZeroLengthLastTurnAtTheEnd_IsInTheLastQuarter()
    {
        // Its midpoint is the conversation's end, 40 s: 4 × 40 / 40 = 4, which belongs to the last quarter.
        var turns = new[] { Timed(Speaker.Customer, 0, 8), Timed(Speaker.Agent, 8, 40), Timed(Speaker.Customer, 40, 40) };

        var result = ConversationSentiment.Compute(turns, [0.1, 0, 0.7]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(0.1));
            Assert.That(result.EndScore, Is.EqualTo(0.7));
            Assert.That(result.EndTurns, Is.EqualTo(1));
        }
    }

    [Test]
    public void Compute_ScoresFromTheVaderAnalyzer_ShowTheCustomerCalmingDown()
    {
        var analyzer = new VaderSentimentAnalyzer();
        var turns = new[]
        {
            Untimed(Speaker.Agent, "thank you for calling how can i help"),
            Untimed(Speaker.Customer, "i was charged twice and i'm really frustrated"),
            Untimed(Speaker.Agent, "let me look into that"),
            Untimed(Speaker.Customer, "okay"),
            Untimed(Speaker.Agent, "i've refunded the second charge"),
            Untimed(Speaker.Customer, "great thank you so much"),
        };
        var scores = turns.Select(t => analyzer.Score(t.Text)).ToArray();

        var result = ConversationSentiment.Compute(turns, scores);

        // 6 turns: quarters 0, 0, 1, 2, 2, 3.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.StartScore, Is.EqualTo(scores[1]).And.LessThan(-0.05));
            Assert.That(result.EndScore, Is.EqualTo(scores[5]).And.GreaterThan(0.05));
            Assert.That(result.Change, Is.GreaterThan(1));
        }
    }

    [Test]
    public void Compute_NonCustomerScoresThatAreNotNumbers_AreIgnored()
    {
        var turns = new[] { Untimed(Speaker.Agent), Untimed(Speaker.Customer) };

        var result = ConversationSentiment.Compute(turns, [double.NaN, 0.4]);

        Assert.That(result.MeanScore, Is.EqualTo(0.4));
    }

    [TestCase(double.NaN)]
    [TestCase(1.5)]
    [TestCase(-1.0001)]
    [TestCase(double.PositiveInfinity)]
    public void Compute_CustomerScoreOutsideMinusOneToOne_Throws(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConversationSentiment.Compute([Untimed(Speaker.Customer)], [score]));

    [Test]
    public void Compute_ScoreCountDiffersFromTurnCount_Throws() =>
        Assert.Throws<ArgumentException>(() => ConversationSentiment.Compute([Untimed(Speaker.Customer)], [0.1, 0.2]));

    [Test]
    public void Compute_NullArguments_Throw()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.Throws<ArgumentNullException>(() => ConversationSentiment.Compute(null!, []));
            Assert.Throws<ArgumentNullException>(() => ConversationSentiment.Compute([], null!));
        }
    }

    private static Turn Untimed(Speaker speaker, string text = "text") => new(speaker, null, null, text);

    private static Turn Timed(Speaker speaker, double start, double end) => new(speaker, start, end, "text");
}
