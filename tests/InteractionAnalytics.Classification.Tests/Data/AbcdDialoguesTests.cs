using InteractionAnalytics.Classification.Data;

namespace InteractionAnalytics.Classification.Tests.Data;

[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class AbcdDialoguesTests
{
    [Test]
    public void Load_SampleShapedJson_ReadsIdFlowSubflowAndTurns()
    {
        using var root = new TempDataRoot();
        root.Write("abcd/abcd_sample.json", """
            [{"convo_id": 3592, "scenario": {"flow": "product_defect", "subflow": "return_size", "personal": {}},
              "original": [["agent", "Hi!"], ["customer", "I need to return an item"], ["action", "Account has been pulled up."]],
              "delexed": []}]
            """);

        var dialogues = AbcdDialogues.Load(root.Combine("abcd/abcd_sample.json"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dialogues, Has.Count.EqualTo(1));
            Assert.That((dialogues[0].Id, dialogues[0].Flow, dialogues[0].Subflow), Is.EqualTo(("3592", "product_defect", "return_size")));
            Assert.That(dialogues[0].Turns, Is.EqualTo(new[]
            {
                new DialogueTurn("agent", "Hi!"),
                new DialogueTurn("customer", "I need to return an item"),
                new DialogueTurn("action", "Account has been pulled up."),
            }));
        }
    }

    [Test]
    public void Load_ConversationWithoutScenario_ThrowsNamingFile()
    {
        using var root = new TempDataRoot();
        root.Write("abcd/bad.json", """[{"convo_id": 1, "original": []}]""");

        var ex = Assert.Throws<TrainingDataException>(() => AbcdDialogues.Load(root.Combine("abcd/bad.json")));

        Assert.That(ex.Message, Does.Contain("bad.json").And.Contain("scenario"));
    }

    [Test]
    public void Load_MissingFile_ThrowsNamingExpectedPath()
    {
        using var root = new TempDataRoot();
        var path = root.Combine("abcd/none.json");

        var ex = Assert.Throws<TrainingDataException>(() => AbcdDialogues.Load(path));

        Assert.That(ex.Message, Does.Contain($"expected a file at '{path}'"));
    }
}
