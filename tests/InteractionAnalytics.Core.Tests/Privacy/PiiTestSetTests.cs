using System.Globalization;
using InteractionAnalytics.Core.Privacy;

namespace InteractionAnalytics.Core.Tests.Privacy;

/// <summary>
/// Recall and precision of <see cref="PiiRedactor"/> per kind on the labelled set (<see cref="PiiTestSet"/>).
/// A labelled value is recalled when one finding of its kind covers all of it (nothing of it is left in the text); a
/// finding is correct when it overlaps a labelled value of its kind. Exact-span matches are reported too.
/// The numbers are written to the test output and copied into docs/privacy.md.
/// </summary>
public sealed class PiiTestSetTests
{
    [Test]
    public void Redactor_LabelledSet_CardRecallAtLeast098AndEveryKindMeasured()
    {
        var samples = PiiTestSet.Generate();
        var kinds = Enum.GetValues<PiiKind>();
        var labelled = new int[kinds.Length];
        var recalled = new int[kinds.Length];
        var exact = new int[kinds.Length];
        var found = new int[kinds.Length];
        var correct = new int[kinds.Length];
        var misses = new List<string>();
        foreach (var sample in samples)
        {
            var findings = PiiRedactor.Find(sample.Text);
            foreach (var label in sample.Labels)
            {
                labelled[(int)label.Kind]++;
                var covering = findings.Any(f => f.Kind == label.Kind && f.Start <= label.Start && f.End >= label.End);
                recalled[(int)label.Kind] += covering ? 1 : 0;
                exact[(int)label.Kind] += findings.Contains(label) ? 1 : 0;
                if (!covering)
                {
                    misses.Add($"missed {label.Kind} ({sample.Style}): {sample.Text}");
                }
            }

            foreach (var finding in findings)
            {
                found[(int)finding.Kind]++;
                var right = sample.Labels.Any(l => l.Kind == finding.Kind && l.Start < finding.End && finding.Start < l.End);
                correct[(int)finding.Kind] += right ? 1 : 0;
                if (!right)
                {
                    misses.Add($"false {finding.Kind} '{sample.Text.Substring(finding.Start, finding.Length)}' ({sample.Style}): {sample.Text}");
                }
            }
        }

        TestContext.Out.WriteLine($"{samples.Count} utterances, {samples.Count(s => s.Labels.Count == 0)} without PII");
        TestContext.Out.WriteLine("| kind | labelled | recall | exact span | found | precision |");
        TestContext.Out.WriteLine("|---|---|---|---|---|---|");
        foreach (var kind in kinds)
        {
            var k = (int)kind;
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {labelled[k]} | {Ratio(recalled[k], labelled[k]):0.000} | {Ratio(exact[k], labelled[k]):0.000} | {found[k]} | {Ratio(correct[k], found[k]):0.000} |"));
        }

        foreach (var miss in misses.Distinct().Take(40))
        {
            TestContext.Out.WriteLine(miss);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(labelled.All(n => n > 0), Is.True, "every kind is in the set");
            Assert.That(Ratio(recalled[(int)PiiKind.Card], labelled[(int)PiiKind.Card]), Is.GreaterThanOrEqualTo(0.98), "card recall");
            Assert.That(Ratio(correct[(int)PiiKind.Card], found[(int)PiiKind.Card]), Is.GreaterThanOrEqualTo(0.98), "card precision");
            foreach (var kind in kinds)
            {
                // Below cards' bar on purpose: the set holds styles known to be missed in part (docs/privacy.md, "Limits"),
                // such as an e-mail whose spoken name has a space ("sara smith at …" leaves "sara").
                Assert.That(Ratio(recalled[(int)kind], labelled[(int)kind]), Is.GreaterThanOrEqualTo(0.8), $"{kind} recall");
                Assert.That(Ratio(correct[(int)kind], found[(int)kind]), Is.GreaterThanOrEqualTo(0.95), $"{kind} precision");
            }
        }
    }

    [Test]
    public void Generate_SameSeed_SameSet()
    {
        var first = PiiTestSet.Generate();
        var second = PiiTestSet.Generate();

        Assert.That(second.Select(s => s.Text), Is.EqualTo(first.Select(s => s.Text)));
    }

    [Test]
    public void Generate_EveryLabelledCard_IsValid()
    {
        var cards = PiiTestSet.Generate()
            .SelectMany(s => s.Labels.Where(l => l.Kind == PiiKind.Card).Select(l => s.Text.Substring(l.Start, l.Length)))
            .Where(t => t.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.'))
            .Select(t => new string([.. t.Where(char.IsAsciiDigit)]))
            .ToList();

        Assert.That(cards, Is.Not.Empty.And.All.Matches<string>(d => PaymentCards.IsCardNumber(d)));
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
