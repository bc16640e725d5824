using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;
using static InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor.VendorSamples;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

public sealed class CallAnalyticsReaderTests
{
    private const string Agent = "f36a545d-67b2-4fd4-89fb-896136b609a7";
    private const string Customer = "e9b36a6d-12aa-4c21-9745-1881648ecfc8";

    private static string Entries(params string[] entries) =>
        $$"""{"JobStatus":"COMPLETED","LanguageCode":"en-US","Transcript":[{{string.Join(",", entries)}}]}""";

    private static string Entry(string role, int begin, int end, string content = "Hello.") =>
        $$"""{"Content":"{{content}}","Id":"x","BeginOffsetMillis":{{begin}},"EndOffsetMillis":{{end}},"Sentiment":"NEUTRAL","ParticipantRole":"{{role}}"}""";

    [Test]
    public void Parse_CallAnalyticsSample_OneTurnPerEntryLabelledByRole()
    {
        var t = CallAnalyticsReader.Parse(Read("aws-call-analytics.json"), "C7");

        Assert.That(t.Turns, Has.Count.EqualTo(7));
        AssertTurn(t.Turns[0], "AGENT", 0.22, 3.31, "[PII], my name is [PII], how can I help?");
        AssertTurn(t.Turns[2], "AGENT", 12.18, 16.96, "That's very sad to hear. Can I offer you a 50% discount to have you stay with us?");
        AssertTurn(t.Turns[3], "CUSTOMER", 17.14, 19.86, "That is a very generous offer. And I accept.");
        AssertTurn(t.Turns[6], "CUSTOMER", 40.04, 42.46, "Thank you very much, sir. Goodbye.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.CallId, Is.EqualTo("C7"), "JobName is ignored");
            Assert.That(t.Language, Is.EqualTo("en-US"));
            Assert.That(
                t.Turns.Select(x => x.SpeakerLabel),
                Is.EqualTo(new[] { "AGENT", "CUSTOMER", "AGENT", "CUSTOMER", "AGENT", "AGENT", "CUSTOMER" }));
            Assert.That(
                t.DeclaredRoles,
                Is.EquivalentTo(new Dictionary<string, Speaker> { ["AGENT"] = Speaker.Agent, ["CUSTOMER"] = Speaker.Customer }));
        }
    }

    [Test]
    public void Parse_ContactLensSample_LabelledByParticipantIdWithDeclaredRoles()
    {
        var t = CallAnalyticsReader.Parse(Read("contact-lens.json"), "C8");

        Assert.That(t.Turns, Has.Count.EqualTo(10));
        AssertTurn(t.Turns[0], Agent, 0.0, 0.09, "Okay.");
        AssertTurn(t.Turns[1], Customer, 0.16, 4.64, "Just hello. My name is Peter and help.");
        AssertTurn(t.Turns[7], Customer, 22.61, 24.14, "Awesome. Thank you so much.");
        // Starts 20 ms before the customer's turn above ends: overlap is kept, order is by start.
        AssertTurn(
            t.Turns[8], Agent, 24.12, 29.71, "No worries. I will send you all the details later today and call you back next week to check up on you.");
        AssertTurn(t.Turns[9], Customer, 30.58, 32.11, "Thank you. Sir. Have a nice evening.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.CallId, Is.EqualTo("C8"), "CustomerMetadata.ContactId is ignored");
            Assert.That(t.Language, Is.EqualTo("en-US"));
            Assert.That(
                t.DeclaredRoles,
                Is.EquivalentTo(new Dictionary<string, Speaker> { [Agent] = Speaker.Agent, [Customer] = Speaker.Customer }));
        }
    }

    [Test]
    public void Parse_OlderContactLensWithRoleNamedIdsAndSystemAndIvr_AllRolesDeclared()
    {
        const string json = """
            {"Version":"1.1.0","Channel":"VOICE","LanguageCode":"en-GB",
             "Participants":[{"ParticipantId":"AGENT","ParticipantRole":"AGENT"},{"ParticipantId":"CUSTOMER","ParticipantRole":"CUSTOMER"},{"ParticipantId":"sys-1","ParticipantRole":"SYSTEM"}],
             "Transcript":[
               {"BeginOffsetMillis":0,"EndOffsetMillis":1500,"Content":"Press one for billing.","Id":"1","ParticipantId":"menu","ParticipantRole":"IVR"},
               {"BeginOffsetMillis":2000,"EndOffsetMillis":2600,"Content":"You are caller number 3.","Id":"2","ParticipantId":"sys-1"},
               {"BeginOffsetMillis":3000,"EndOffsetMillis":4250,"Content":"Hello, Sam speaking.","Id":"3","ParticipantId":"AGENT"},
               {"BeginOffsetMillis":4500,"EndOffsetMillis":5125,"Content":"Hi.","Id":"4","ParticipantId":"CUSTOMER","Sentiment":"NEUTRAL"}]}
            """;

        var t = CallAnalyticsReader.Parse(Utf8(json), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(4));
        AssertTurn(t.Turns[0], "menu", 0.0, 1.5, "Press one for billing.");
        AssertTurn(t.Turns[3], "CUSTOMER", 4.5, 5.125, "Hi.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Language, Is.EqualTo("en-GB"));
            Assert.That(t.DeclaredRoles, Is.EquivalentTo(new Dictionary<string, Speaker>
            {
                ["AGENT"] = Speaker.Agent,
                ["CUSTOMER"] = Speaker.Customer,
                ["sys-1"] = Speaker.System,
                ["menu"] = Speaker.Ivr,
            }));
        }
    }

    [Test]
    public void Parse_UnknownRole_LabelKeptButNotDeclared()
    {
        var t = CallAnalyticsReader.Parse(Utf8(Entries(Entry("SUPERVISOR", 0, 1000), Entry("AGENT", 1000, 2000))), "C1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Turns.Select(x => x.SpeakerLabel), Is.EqualTo(new[] { "SUPERVISOR", "AGENT" }));
            Assert.That(t.DeclaredRoles.Keys, Is.EqualTo(new[] { "AGENT" }));
        }
    }

    [Test]
    public void Parse_EntriesOutOfOrderAcrossParticipants_SortedByStart()
    {
        var json = Entries(Entry("AGENT", 5000, 6000, "Second."), Entry("CUSTOMER", 1000, 2000, "First."));

        var t = CallAnalyticsReader.Parse(Utf8(json), "C1");

        AssertTurn(t.Turns[0], "CUSTOMER", 1.0, 2.0, "First.");
        AssertTurn(t.Turns[1], "AGENT", 5.0, 6.0, "Second.");
    }

    [Test]
    public void Parse_TimesGoBackwardsForOneParticipant_Rejected()
    {
        var json = Entries(Entry("AGENT", 14100, 14500), Entry("CUSTOMER", 13000, 13200), Entry("AGENT", 12300, 12600));

        var ex = Assert.Throws<TranscriptFormatException>(() => CallAnalyticsReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(
            "times go backwards: Transcript entry 3 (AGENT) starts at 12.30 s, before the previous Transcript entry of AGENT at 14.10 s"));
    }

    [TestCase("""{"Content":"Hi.","EndOffsetMillis":100,"ParticipantRole":"AGENT"}""", "Transcript entry 2 has no BeginOffsetMillis", TestName = "MissingBegin")]
    [TestCase("""{"Content":"Hi.","BeginOffsetMillis":100,"ParticipantRole":"AGENT"}""", "Transcript entry 2 has no EndOffsetMillis", TestName = "MissingEnd")]
    [TestCase("""{"Content":"Hi.","BeginOffsetMillis":"100","EndOffsetMillis":200,"ParticipantRole":"AGENT"}""", "Transcript entry 2: BeginOffsetMillis \"100\" is not a number of milliseconds", TestName = "NonNumeric")]
    [TestCase("""{"Content":"Hi.","BeginOffsetMillis":-500,"EndOffsetMillis":200,"ParticipantRole":"AGENT"}""", "Transcript entry 2: BeginOffsetMillis -0.50 s is negative", TestName = "Negative")]
    [TestCase("""{"Content":"Hi.","BeginOffsetMillis":4200,"EndOffsetMillis":3100,"ParticipantRole":"AGENT"}""", "Transcript entry 2: EndOffsetMillis 3.10 s is before BeginOffsetMillis 4.20 s", TestName = "EndBeforeStart")]
    [TestCase("""{"Content":"Hi.","BeginOffsetMillis":4200,"EndOffsetMillis":5100}""", "Transcript entry 2 has neither ParticipantId nor ParticipantRole", TestName = "NoParticipant")]
    [TestCase("""{"BeginOffsetMillis":4200,"EndOffsetMillis":5100,"ParticipantRole":"AGENT"}""", "Transcript entry 2 has no \"Content\" string", TestName = "NoContent")]
    public void Parse_BadEntry_ClearReason(string badEntry, string expected)
    {
        var json = Entries(Entry("CUSTOMER", 0, 50), badEntry);

        var ex = Assert.Throws<TranscriptFormatException>(() => CallAnalyticsReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(expected));
    }

    [TestCase("""{"JobStatus":"COMPLETED","Transcript":[]}""", "no speech items", TestName = "Empty")]
    [TestCase("""{"JobStatus":"COMPLETED","Transcript":[{"Content":" ","BeginOffsetMillis":0,"EndOffsetMillis":10,"ParticipantRole":"AGENT"}]}""", "no speech items", TestName = "OnlyBlank")]
    [TestCase("""{"JobStatus":"COMPLETED"}""", "missing \"Transcript\" array", TestName = "NoTranscript")]
    [TestCase("""{"Channel":"CHAT","Participants":[],"Transcript":[]}""", "\"Channel\" is 'CHAT'; only VOICE analyses", TestName = "Chat")]
    [TestCase("""{"Transcript":[{"Content":"Hi.",""", "invalid JSON at line 1", TestName = "Truncated")]
    public void Parse_BadFile_ClearReason(string json, string expected)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => CallAnalyticsReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Does.StartWith(expected));
    }
}
