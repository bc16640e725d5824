using System.Text.Json;
using InteractionAnalytics.Classification.Data;
using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Web.Qa;

namespace InteractionAnalytics.Web.Tests.Qa;

/// <summary>
/// The shipped QA cue rules against hand labels of real ABCD dialogues (<c>Qa/abcd-qa-labels.json</c>: dialogue ids and the
/// five items, no dialogue text). Reads <c>../shared/data/abcd</c> (or <c>IA_SHARED_DATA</c>); ignored when it is absent.
/// The agreement per item is written to the test output and reported in docs/qa.md.
/// </summary>
public sealed class QaAbcdAgreementTests
{
    [Test]
    public void DefaultCues_AgreeWithHandLabels()
    {
        var dialogues = AbcdDialogues.Load(Path.Combine(FindData(), "abcd", AbcdDialogues.SampleFileName)).ToDictionary(d => d.Id);
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Qa", "abcd-qa-labels.json")));
        var agree = QaAutoKinds.All.ToDictionary(a => a.Kind, _ => 0);
        var total = 0;
        var disagreements = new List<string>();
        foreach (var label in labels.RootElement.GetProperty("dialogues").EnumerateArray())
        {
            var id = label.GetProperty("id").GetString()!;
            var dialogue = dialogues[id];

            // ABCD speakers: agent, customer, and "action" (the agent's tool log), which is no one's speech.
            var turns = dialogue.Turns.Select(t => new Turn(
                t.Speaker switch { "agent" => Speaker.Agent, "customer" => Speaker.Customer, _ => Speaker.System }, null, null, t.Text)).ToList();
            var results = QaDefaults.Answerer.Answer(turns);
            total++;
            foreach (var (kind, name) in QaAutoKinds.All)
            {
                var expected = label.GetProperty(name).GetBoolean();
                var found = results[kind].Answer == QaAnswer.Yes;
                if (expected == found)
                {
                    agree[kind]++;
                }
                else
                {
                    disagreements.Add($"{id} {name}: labelled {expected}, found {found} ({results[kind].Evidence?.Text})");
                }
            }
        }

        foreach (var (kind, name) in QaAutoKinds.All)
        {
            TestContext.Out.WriteLine($"{name}: {agree[kind]}/{total}");
        }

        foreach (var d in disagreements)
        {
            TestContext.Out.WriteLine("disagrees: " + d);
        }

        Assert.That(total, Is.EqualTo(3), "the sample's 3 dialogues are labelled");
        Assert.That(agree.Values.Sum(), Is.GreaterThanOrEqualTo(14), string.Join("; ", disagreements));
    }

    private static string FindData()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("IA_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var found = PublicDataSet.FindDataRoot(TestContext.CurrentContext.TestDirectory);
        if (found is null || !File.Exists(Path.Combine(found, "abcd", AbcdDialogues.SampleFileName)))
        {
            Assert.Ignore("The ABCD sample (shared/data/abcd) was not found above the test directory and IA_SHARED_DATA is not set.");
        }

        return found!;
    }
}
