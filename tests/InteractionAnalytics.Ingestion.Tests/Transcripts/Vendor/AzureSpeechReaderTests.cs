using InteractionAnalytics.Ingestion.Transcripts;
using static InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor.VendorSamples;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

public sealed class AzureSpeechReaderTests
{
    private static string Phrases(params string[] phrases) =>
        $$"""{"source":"x.wav","timestamp":"2025-05-24T13:37:05Z","durationInTicks":0,"combinedRecognizedPhrases":[],"recognizedPhrases":[{{string.Join(",", phrases)}}]}""";

    private static string Phrase(int channel, long offsetTicks, long durationTicks, string display = "Hello.") =>
        $$"""{"recognitionStatus":"Success","channel":{{channel}},"offsetInTicks":{{offsetTicks}}.0,"durationInTicks":{{durationTicks}}.0,"nBest":[{"confidence":0.9,"lexical":"hello","display":"{{display}}"}]}""";

    [Test]
    public void Parse_StereoSample_ChannelLabelsSortedByStartFailedPhraseSkipped()
    {
        var t = AzureSpeechReader.Parse(Read("azure-speech-stereo.json"), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(4));
        AssertTurn(t.Turns[0], "ch_0", 0.76, 3.6, "Thank you for calling Contoso. How can I help?");
        AssertTurn(t.Turns[1], "ch_1", 4.1, 7.6, "Hi, I was charged twice for my October bill.");
        AssertTurn(t.Turns[2], "ch_0", 8.9, 11.25, "I'm sorry about that. Let me check your account.");
        AssertTurn(t.Turns[3], "ch_1", 11.8, 13.0, "Thank you.");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(t.Language, Is.EqualTo("en-US"));
            Assert.That(t.DeclaredRoles, Is.Empty);
        }
    }

    [Test]
    public void Parse_DiarizedSample_SpeakerLabelsOneTurnPerPhrase()
    {
        var t = AzureSpeechReader.Parse(Read("azure-speech-diarized.json"), "C1");

        Assert.That(t.Turns, Has.Count.EqualTo(4));
        AssertTurn(t.Turns[0], "spk_1", 0.5, 3.2, "Good afternoon, this is Sam. How can I help?");
        AssertTurn(t.Turns[1], "spk_2", 3.9, 8.1, "Hi, my name is Mary. I'd like to apply for a loan.");
        // Consecutive phrases of one speaker stay separate turns.
        AssertTurn(t.Turns[2], "spk_2", 8.4, 9.9, "I live in Los Angeles.");
        AssertTurn(t.Turns[3], "spk_1", 10.5, 12.0, "Okay, let me help you with that.");
        Assert.That(t.Language, Is.Null, "no locale without language identification");
    }

    [Test]
    public void Parse_NoTicksNoChannel_IsoDurationsAndChannelZero()
    {
        const string phrase = """{"recognitionStatus":"Success","offset":"PT1.23S","duration":"PT0.5S","nBest":[{"display":"Hi there."}]}""";

        var t = AzureSpeechReader.Parse(Utf8(Phrases(phrase)), "C1");

        AssertTurn(t.Turns.Single(), "ch_0", 1.23, 1.73, "Hi there.");
    }

    [Test]
    public void Parse_SpeakerWrittenAsString_Label()
    {
        const string phrase = """{"recognitionStatus":"Success","channel":0,"speaker":"3","offsetInTicks":10000000,"durationInTicks":5000000,"nBest":[{"display":"Yes."}]}""";

        var t = AzureSpeechReader.Parse(Utf8(Phrases(phrase)), "C1");

        AssertTurn(t.Turns.Single(), "spk_3", 1.0, 1.5, "Yes.");
    }

    [Test]
    public void Parse_TimesGoBackwardsWithinOneChannel_Rejected()
    {
        var json = Phrases(Phrase(1, 141_000_000, 4_000_000), Phrase(0, 130_000_000, 2_000_000), Phrase(1, 123_000_000, 3_000_000));

        var ex = Assert.Throws<TranscriptFormatException>(() => AzureSpeechReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(
            "times go backwards: phrase 3 (ch_1) starts at 12.30 s, before the previous phrase of ch_1 at 14.10 s"));
    }

    [TestCase("""{"recognitionStatus":"Success","channel":0,"durationInTicks":100,"nBest":[{"display":"Hi."}]}""", "phrase 2 has no offsetInTicks or offset", TestName = "NoOffset")]
    [TestCase("""{"recognitionStatus":"Success","channel":0,"offsetInTicks":100,"nBest":[{"display":"Hi."}]}""", "phrase 2 has no durationInTicks or duration", TestName = "NoDuration")]
    [TestCase("""{"recognitionStatus":"Success","channel":0,"offsetInTicks":"100","durationInTicks":100,"nBest":[{"display":"Hi."}]}""", "phrase 2: offsetInTicks \"100\" is not a number of ticks", TestName = "TicksAsString")]
    [TestCase("""{"recognitionStatus":"Success","channel":0,"offset":"1.5 seconds","duration":"PT1S","nBest":[{"display":"Hi."}]}""", "phrase 2: offset \"1.5 seconds\" is not an ISO 8601 duration such as \"PT1.23S\"", TestName = "BadIso")]
    [TestCase("""{"recognitionStatus":"Success","channel":0,"offsetInTicks":-5000000,"durationInTicks":100,"nBest":[{"display":"Hi."}]}""", "phrase 2: offset -0.50 s is negative", TestName = "NegativeOffset")]
    [TestCase("""{"recognitionStatus":"Success","channel":0,"offsetInTicks":50000000,"durationInTicks":-10000000,"nBest":[{"display":"Hi."}]}""", "phrase 2: duration -1.00 s is negative", TestName = "NegativeDuration")]
    [TestCase("""{"recognitionStatus":"Success","channel":0,"offsetInTicks":50000000,"durationInTicks":100,"nBest":[]}""", "phrase 2 has no nBest[0].display", TestName = "NoNBest")]
    [TestCase("""{"recognitionStatus":"Success","channel":-1,"offsetInTicks":50000000,"durationInTicks":100,"nBest":[{"display":"Hi."}]}""", "phrase 2: channel -1 is not a whole number", TestName = "NegativeChannel")]
    public void Parse_BadPhrase_ClearReason(string badPhrase, string expected)
    {
        var json = Phrases(Phrase(0, 0, 100), badPhrase);

        var ex = Assert.Throws<TranscriptFormatException>(() => AzureSpeechReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Is.EqualTo(expected));
    }

    [TestCase("""{"recognizedPhrases":[{"recognitionStatus":"Failure","channel":0},{"recognitionStatus":"InitialSilenceTimeout","channel":1}]}""",
        "no speech items: all 2 phrases have a recognitionStatus other than Success", TestName = "AllFailed")]
    [TestCase("""{"recognizedPhrases":[]}""", "no speech items", TestName = "Empty")]
    [TestCase("""{"source":"x.wav","combinedRecognizedPhrases":[]}""", "missing \"recognizedPhrases\" array", TestName = "NoPhrases")]
    [TestCase("""{"recognizedPhrases":[{"recognitionStatus":"Success",""", "invalid JSON at line 1", TestName = "Truncated")]
    public void Parse_BadFile_ClearReason(string json, string expected)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => AzureSpeechReader.Parse(Utf8(json), "C1"));

        Assert.That(ex.Message, Does.StartWith(expected));
    }
}
