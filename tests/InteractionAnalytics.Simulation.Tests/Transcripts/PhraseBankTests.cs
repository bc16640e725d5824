using System.Reflection;
using InteractionAnalytics.Simulation.Model;
using InteractionAnalytics.Simulation.Transcripts;

namespace InteractionAnalytics.Simulation.Tests.Transcripts;

public sealed class PhraseBankTests
{
    private static readonly PhraseContext Context = new(
        "Maria", "Jordan", "Jordan Miller", "0427", "refund", "tech support", "claims", "yesterday", "Tom", "morning", 3);

    [Test]
    public void Render_EveryPhrase_FillsEveryPlaceholder()
    {
        var random = new Random(3);

        foreach (var phrase in AllPhrases())
        {
            var text = PhraseRenderer.Render(phrase, Context, random);

            Assert.That(text, Does.Not.Contain('{').And.Not.Contain('}').And.Not.Contain('\n'), phrase);
        }
    }

    [Test]
    public void Render_UnknownPlaceholder_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => PhraseRenderer.Render("I was charged {price}.", Context, new Random(1)));
    }

    [Test]
    public void For_EveryIntent_HasScenariosWithReasonsStepsAndResolutions()
    {
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var phrases = PhraseBank.For(intent);

            Assert.That(phrases.Scenarios, Is.Not.Empty, intent.ToString());
            foreach (var scenario in phrases.Scenarios)
            {
                using (Assert.EnterMultipleScope())
                {
                    Assert.That(scenario.Reasons, Is.Not.Empty, intent.ToString());
                    Assert.That(scenario.Steps, Is.Not.Empty, intent.ToString());
                    Assert.That(scenario.Resolutions, Is.Not.Empty, intent.ToString());
                }
            }
        }
    }

    [Test]
    public void For_EveryRootCauseButNone_HasSeveralCustomerEvidencePhrases()
    {
        foreach (var rootCause in Enum.GetValues<RootCause>().Where(r => r != RootCause.None))
        {
            Assert.That(PhraseBank.For(rootCause).Customer, Has.Count.GreaterThanOrEqualTo(4), rootCause.ToString());
        }
    }

    private static IEnumerable<string> AllPhrases()
    {
        var lists = typeof(PhraseBank)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => p.GetValue(null))
            .ToList();
        foreach (var list in lists.OfType<IReadOnlyList<string>>())
        {
            foreach (var phrase in list)
            {
                yield return phrase;
            }
        }

        foreach (var steps in lists.OfType<IReadOnlyList<(string Agent, string Customer)>>())
        {
            foreach (var (agent, customer) in steps)
            {
                yield return agent;
                yield return customer;
            }
        }

        foreach (var intent in Enum.GetValues<Intent>())
        {
            foreach (var scenario in PhraseBank.For(intent).Scenarios)
            {
                var steps = scenario.Steps.SelectMany(s => new[] { s.Agent, s.Customer });
                foreach (var phrase in scenario.Reasons.Concat(scenario.Resolutions).Concat(steps))
                {
                    yield return phrase;
                }
            }
        }

        foreach (var rootCause in Enum.GetValues<RootCause>())
        {
            foreach (var phrase in PhraseBank.For(rootCause).Customer.Concat(PhraseBank.For(rootCause).Agent))
            {
                yield return phrase;
            }
        }
    }
}
