using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Core.Tests.Qa;

[Parallelizable(ParallelScope.All)]
public sealed class QaFormParseTests
{
    internal const string TwoSections = """
        {
          // comments and trailing commas are allowed
          "id": "f1", "version": 3, "title": "Form one",
          "sections": [
            { "id": "open", "title": "Opening", "questions": [
              { "id": "greet", "text": "Greeted", "weight": 2, "auto": "greeting" },
              { "id": "reason", "text": "Found the reason", "weight": 3 },
            ] },
            { "id": "verify", "title": "Verification", "questions": [
              { "id": "id", "text": "Verified identity", "weight": 5, "critical": true, "allow_na": true, "auto": "identity_verification" }
            ] }
          ]
        }
        """;

    [Test]
    public void Parse_ValidForm_ReadsEverything()
    {
        var form = QaForm.Parse(TwoSections);
        Assert.Multiple(() =>
        {
            Assert.That(form.Id, Is.EqualTo("f1"));
            Assert.That(form.Version, Is.EqualTo("3"));
            Assert.That(form.Title, Is.EqualTo("Form one"));
            Assert.That(form.Sections.Select(s => s.Id), Is.EqualTo(new[] { "open", "verify" }));
            Assert.That(form.Questions.Select(q => q.Id), Is.EqualTo(new[] { "greet", "reason", "id" }));
            Assert.That(form.MaxPoints, Is.EqualTo(10));
            var id = form.FindQuestion("id")!;
            Assert.That((id.Weight, id.Critical, id.AllowNotApplicable, id.Auto), Is.EqualTo((5.0, true, true, (QaAutoKind?)QaAutoKind.IdentityVerification)));
            var reason = form.FindQuestion("reason")!;
            Assert.That((reason.Critical, reason.AllowNotApplicable, reason.Auto), Is.EqualTo((false, false, (QaAutoKind?)null)));
        });
    }

    [Test]
    public void ToJson_ParsesBackToTheSameForm()
    {
        var form = QaForm.Parse(TwoSections);
        var again = QaForm.Parse(form.ToJson());
        Assert.That(again.ToJson(), Is.EqualTo(form.ToJson()));
        Assert.That(again.Questions, Is.EqualTo(form.Questions));
    }

    [TestCase("""{"id":"f","version":"1","title":"T","sections":[]}""", "empty", TestName = "Parse_NoSections_Empty")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[]}]}""", "Section 's' (section #1): has no questions", TestName = "Parse_SectionWithoutQuestions")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":0}]}]}""", "Section 's' (section #1), question 'q': weight 0 must be greater than 0", TestName = "Parse_WeightZero")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":-2}]}]}""", "question 'q': weight -2 must be greater than 0", TestName = "Parse_WeightNegative")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":1,"auto":"smile"}]}]}""", "question 'q': unknown auto kind \"smile\" (known: greeting, identity_verification, empathy, recap, closing)", TestName = "Parse_UnknownAuto")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":1},{"id":"q","text":"Q2","weight":1}]}]}""", "Section 's' (section #1), question 'q': duplicate id", TestName = "Parse_DuplicateQuestionInSection")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"a","title":"A","questions":[{"id":"q","text":"Q","weight":1}]},{"id":"b","title":"B","questions":[{"id":"q","text":"Q","weight":1}]}]}""", "Section 'b' (section #2), question 'q': duplicate id (also in section 'a')", TestName = "Parse_DuplicateQuestionAcrossSections")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"a","title":"A","questions":[{"id":"q","text":"Q","weight":1}]},{"id":"a","title":"B","questions":[{"id":"r","text":"Q","weight":1}]}]}""", "Section 'a' (section #2): duplicate id", TestName = "Parse_DuplicateSection")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":1,"critcal":true}]}]}""", "question #1: unknown key \"critcal\"", TestName = "Parse_UnknownKey")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"","weight":1}]}]}""", "question 'q': \"text\" is empty", TestName = "Parse_EmptyText")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[{"id":"s","title":"S","questions":[{"id":"q","text":"Q","weight":"5"}]}]}""", "question 'q': \"weight\" is missing or not a number", TestName = "Parse_WeightNotNumber")]
    [TestCase("""{"id":"f","title":"T","sections":[]}""", "\"version\" is missing", TestName = "Parse_NoVersion")]
    [TestCase("""{"id":"f","version":"1","title":"T","sections":[""", "not valid JSON", TestName = "Parse_BadJson")]
    [TestCase("""[]""", "must be a JSON object", TestName = "Parse_NotObject")]
    public void Parse_InvalidForm_SaysWhereAndWhat(string json, string message)
    {
        var ex = Assert.Throws<QaFormFormatException>(() => QaForm.Parse(json));
        Assert.That(ex!.Message, Does.Contain(message));
    }
}
