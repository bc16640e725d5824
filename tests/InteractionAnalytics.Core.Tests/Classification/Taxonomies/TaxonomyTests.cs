using InteractionAnalytics.Core.Classification.Taxonomies;

namespace InteractionAnalytics.Core.Tests.Classification.Taxonomies;

[Parallelizable(ParallelScope.All)]
public sealed class TaxonomyTests
{
    private const string Intents = """
        "intents": [
          {"id": "billing_dispute", "name": "Billing dispute", "definition": "Disputes a charge.", "examples": ["i was charged twice"]},
          {"id": "account_access", "name": "Account access"},
          {"id": "other", "name": "Other", "definition": "Anything else."}
        ]
        """;

    private const string RootCauses = """
        "root_causes": [
          {"id": "billing", "name": "Billing"},
          {"id": "agent", "name": "Agent"},
          {"id": "none", "name": "None"}
        ]
        """;

    private const string Resolutions = """
        "resolutions": [{"id": "resolved"}, {"id": "unresolved"}]
        """;

    private static string File(
        string intents = Intents, string rootCauses = RootCauses, string resolutions = Resolutions, string extra = "") =>
        "{" + extra + intents + "," + rootCauses + "," + resolutions + "}";

    [Test]
    public void Parse_MinimalFile_ReadsLabelsInFileOrderWithDefaults()
    {
        var taxonomy = Taxonomy.Parse(File());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(taxonomy.IntentIds, Is.EqualTo(new[] { "billing_dispute", "account_access", "other" }));
            Assert.That(taxonomy.RootCauseIds, Is.EqualTo(new[] { "billing", "agent", "none" }));
            Assert.That(taxonomy.Resolutions.Select(r => r.Id), Is.EqualTo(new[] { "resolved", "unresolved" }));
            Assert.That(taxonomy.FallbackIntent, Is.EqualTo("other"));
            Assert.That(taxonomy.NoFailureRootCause, Is.EqualTo("none"));
            Assert.That(taxonomy.Intents[0].Name, Is.EqualTo("Billing dispute"));
            Assert.That(taxonomy.Intents[0].Definition, Is.EqualTo("Disputes a charge."));
            Assert.That(taxonomy.Intents[0].Examples, Is.EqualTo(new[] { "i was charged twice" }));
            Assert.That(taxonomy.Intents[1].Definition, Is.Empty);
            Assert.That(taxonomy.Intents[1].Examples, Is.Empty);
            // A label without a name is displayed by its id.
            Assert.That(taxonomy.Resolutions[0].Name, Is.EqualTo("resolved"));
        }
    }

    [Test]
    public void Parse_ExplicitFallbackAndNoFailure_AreUsed()
    {
        const string extra = """ "version": 1, "fallback_intent": "account_access", "no_failure_root_cause": "agent", """;

        var taxonomy = Taxonomy.Parse(File(extra: extra));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(taxonomy.FallbackIntent, Is.EqualTo("account_access"));
            Assert.That(taxonomy.NoFailureRootCause, Is.EqualTo("agent"));
        }
    }

    [Test]
    public void Parse_CommentsInJson_AreAllowed() =>
        Assert.That(Taxonomy.Parse("// the center's labels\n" + File()).Intents, Has.Count.EqualTo(3));

    [Test]
    public void IsIntentAndIsRootCause_AnswerByIdOrdinally()
    {
        var taxonomy = Taxonomy.Parse(File());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(taxonomy.IsIntent("billing_dispute"), Is.True);
            Assert.That(taxonomy.IsIntent("Billing_Dispute"), Is.False);
            Assert.That(taxonomy.IsIntent("billing"), Is.False);
            Assert.That(taxonomy.IsRootCause("billing"), Is.True);
            Assert.That(taxonomy.IsRootCause("other"), Is.False);
        }
    }

    [TestCase("not json at all", "not a JSON object")]
    [TestCase("[1, 2]", "not a JSON object")]
    [TestCase("{", "not a JSON object")]
    [TestCase("null", "empty")]
    public void Parse_NotAJsonObject_ThrowsWithMessage(string json, string expected)
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(json));

        Assert.That(exception.Message, Does.Contain(expected));
    }

    [TestCase(2)]
    [TestCase(0)]
    public void Parse_UnsupportedVersion_ThrowsNamingTheVersion(int version)
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(extra: $"\"version\": {version},")));

        Assert.That(exception.Message, Is.EqualTo($"Taxonomy version {version} is not supported (this build reads version 1)."));
    }

    [Test]
    public void Parse_DuplicateIntentId_ThrowsNamingTheId()
    {
        var intents = """ "intents": [{"id": "other"}, {"id": "refund"}, {"id": "refund"}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));

        Assert.That(exception.Message, Is.EqualTo("intents: id 'refund' appears twice."));
    }

    [Test]
    public void Parse_DuplicateRootCauseId_ThrowsNamingTheList()
    {
        var causes = """ "root_causes": [{"id": "none"}, {"id": "agent"}, {"id": "none"}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(rootCauses: causes)));

        Assert.That(exception.Message, Is.EqualTo("root_causes: id 'none' appears twice."));
    }

    [TestCase("Billing")]
    [TestCase("_x")]
    [TestCase("a-b")]
    [TestCase("1abc")]
    [TestCase("")]
    [TestCase("billing dispute")]
    public void Parse_IdNotLowerSnakeCase_ThrowsNamingTheLabel(string id)
    {
        var intents = $$""" "intents": [{"id": "other"}, {"id": "{{id}}"}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));

        Assert.That(
            exception.Message, Is.EqualTo($"intents[1] id '{id}' must be lower snake_case: a letter, then letters, digits or underscores."));
    }

    [Test]
    public void Parse_IdLongerThan64_Throws()
    {
        var intents = $$""" "intents": [{"id": "other"}, {"id": "{{new string('a', 65)}}"}] """;

        Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));
    }

    [Test]
    public void Parse_MissingId_Throws()
    {
        var causes = """ "root_causes": [{"id": "none"}, {"name": "Agent"}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(rootCauses: causes)));

        Assert.That(exception.Message, Does.StartWith("root_causes[1] id ''"));
    }

    [Test]
    public void Parse_IdNotAString_Throws()
    {
        var intents = """ "intents": [{"id": "other"}, {"id": 7}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));

        Assert.That(exception.Message, Is.EqualTo("'id' must be a string."));
    }

    [Test]
    public void Parse_LabelNotAnObject_Throws()
    {
        var intents = """ "intents": [{"id": "other"}, "refund"] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));

        Assert.That(exception.Message, Is.EqualTo("intents[1] must be an object with id, name and definition."));
    }

    [Test]
    public void Parse_MissingFallbackIntent_ThrowsNamingIt()
    {
        var intents = """ "intents": [{"id": "billing_dispute"}, {"id": "account_access"}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));

        Assert.That(exception.Message, Is.EqualTo("fallback_intent 'other' is not one of the intents."));
    }

    [Test]
    public void Parse_UnknownExplicitFallbackIntent_ThrowsNamingIt()
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(extra: """ "fallback_intent": "misc", """)));

        Assert.That(exception.Message, Is.EqualTo("fallback_intent 'misc' is not one of the intents."));
    }

    [Test]
    public void Parse_UnknownNoFailureRootCause_ThrowsNamingIt()
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() =>
            Taxonomy.Parse(File(extra: """ "no_failure_root_cause": "no_issue", """)));

        Assert.That(exception.Message, Is.EqualTo("no_failure_root_cause 'no_issue' is not one of the root causes."));
    }

    [Test]
    public void Parse_DefaultNoFailureMissing_ThrowsNamingIt()
    {
        var causes = """ "root_causes": [{"id": "billing"}, {"id": "agent"}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(rootCauses: causes)));

        Assert.That(exception.Message, Is.EqualTo("no_failure_root_cause 'none' is not one of the root causes."));
    }

    [Test]
    public void Parse_FallbackNotAString_Throws()
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(extra: """ "fallback_intent": 3, """)));

        Assert.That(exception.Message, Is.EqualTo("'fallback_intent' must be a string."));
    }

    [TestCase("intents")]
    [TestCase("root_causes")]
    [TestCase("resolutions")]
    public void Parse_EmptyList_ThrowsNamingTheList(string list)
    {
        var json = File().Replace($"\"{list}\": [", $"\"{list}\": [], \"ignored_{list}\": [", StringComparison.Ordinal);

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(json));

        Assert.That(exception.Message, Is.EqualTo($"'{list}' must be a non-empty array of labels."));
    }

    [TestCase("intents")]
    [TestCase("root_causes")]
    [TestCase("resolutions")]
    public void Parse_MissingOrMistypedList_ThrowsNamingTheList(string list)
    {
        var json = File().Replace($"\"{list}\": [", $"\"{list}\": {{}}, \"ignored_{list}\": [", StringComparison.Ordinal);

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(json));

        Assert.That(exception.Message, Is.EqualTo($"'{list}' must be a non-empty array of labels."));
    }

    [Test]
    public void Parse_SingleIntent_ThrowsNeedsTwo()
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: """ "intents": [{"id": "other"}] """)));

        Assert.That(exception.Message, Is.EqualTo("A taxonomy needs at least two intents and two root causes."));
    }

    [Test]
    public void Parse_SingleRootCause_ThrowsNeedsTwo()
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() =>
            Taxonomy.Parse(File(rootCauses: """ "root_causes": [{"id": "none"}] """)));

        Assert.That(exception.Message, Is.EqualTo("A taxonomy needs at least two intents and two root causes."));
    }

    [Test]
    public void Parse_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => Taxonomy.Parse(null!));

    [Test]
    public void Parse_VersionNotAnInteger_ThrowsTaxonomyFormatException()
    {
        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(extra: """ "version": "1", """)));

        Assert.That(exception.Message, Does.Contain("version"));
    }

    [Test]
    public void Parse_ExampleNotAString_ThrowsTaxonomyFormatException()
    {
        var intents = """ "intents": [{"id": "other"}, {"id": "refund", "examples": ["money back", 1]}] """;

        var exception = Assert.Throws<TaxonomyFormatException>(() => Taxonomy.Parse(File(intents: intents)));

        Assert.That(exception.Message, Does.Contain("examples"));
    }
}
