using System.Text;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;
using static InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor.VendorSamples;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

public sealed class TranscriptParserTests
{
    private static byte[] WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    [TestCase("aws-transcribe-speaker-labels.json", TranscriptFormatNames.AwsTranscribe, 2)]
    [TestCase("aws-transcribe-channel-labels.json", TranscriptFormatNames.AwsTranscribe, 3)]
    [TestCase("aws-transcribe-audio-segments.json", TranscriptFormatNames.AwsTranscribe, 3)]
    [TestCase("aws-call-analytics.json", TranscriptFormatNames.AwsCallAnalytics, 7)]
    [TestCase("contact-lens.json", TranscriptFormatNames.AwsCallAnalytics, 10)]
    [TestCase("azure-speech-stereo.json", TranscriptFormatNames.AzureSpeech, 4)]
    [TestCase("azure-speech-diarized.json", TranscriptFormatNames.AzureSpeech, 4)]
    public void Parse_EverySample_DetectedAndCallIdFromFileName(string sample, string format, int turns)
    {
        var (transcript, detected) = TranscriptParser.Parse(Read(sample), ".json", "C20261116-00002", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(detected, Is.EqualTo(format));
            Assert.That(transcript.CallId, Is.EqualTo("C20261116-00002"));
            Assert.That(transcript.Turns, Has.Count.EqualTo(turns));
        }
    }

    [Test]
    public void Parse_VendorFileWithByteOrderMark_Read()
    {
        var bytes = WithBom(Encoding.UTF8.GetString(Read("azure-speech-diarized.json")));

        var (transcript, format) = TranscriptParser.Parse(bytes, ".json", "C1", "auto");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.AzureSpeech));
            Assert.That(transcript.Turns[0].SpeakerLabel, Is.EqualTo("spk_1"));
        }
    }

    [Test]
    public void Parse_TextWithByteOrderMark_RoleLabelsDeclared()
    {
        var bytes = WithBom("[00:01] Agent: Thanks for calling.\n[00:04] Customer: Hi, I was charged twice.\n");

        var (transcript, format) = TranscriptParser.Parse(bytes, ".txt", "C1", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.Text));
            Assert.That(transcript.Turns, Is.EqualTo(new[]
            {
                new LabelledTurn("agent", 1, 4, "Thanks for calling."),
                new LabelledTurn("customer", 4, null, "Hi, I was charged twice."),
            }));
            Assert.That(
                transcript.DeclaredRoles,
                Is.EquivalentTo(new Dictionary<string, Speaker> { ["agent"] = Speaker.Agent, ["customer"] = Speaker.Customer }));
        }
    }

    [Test]
    public void Parse_GenericJsonWithByteOrderMark_RoleLabelsDeclared()
    {
        var bytes = WithBom("""{"call_id":"C1","language":"en","turns":[{"speaker":"ivr","start":0,"end":5,"text":"Press one."},{"speaker":"agent","start":6,"end":8.5,"text":"Hello."}]}""");

        var (transcript, format) = TranscriptParser.Parse(bytes, ".JSON", "C1", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.Json));
            Assert.That(transcript.Language, Is.EqualTo("en"));
            Assert.That(
                transcript.Turns,
                Is.EqualTo(new[] { new LabelledTurn("ivr", 0, 5, "Press one."), new LabelledTurn("agent", 6, 8.5, "Hello.") }));
            Assert.That(
                transcript.DeclaredRoles,
                Is.EquivalentTo(new Dictionary<string, Speaker> { ["ivr"] = Speaker.Ivr, ["agent"] = Speaker.Agent }));
        }
    }

    [Test]
    public void Parse_GenericJsonCallIdDiffersFromFileName_StillRejected()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(Utf8("""{"call_id":"C2","turns":[{"speaker":"agent","text":"Hi"}]}"""), ".json", "C1", null));

        Assert.That(ex.Message, Does.Contain("file name says 'C1'"));
    }

    [Test]
    public void Parse_ForcedFormatNotMatchingFile_ClearError()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(Read("contact-lens.json"), ".json", "C1", TranscriptFormatNames.AwsTranscribe));

        Assert.That(ex.Message, Is.EqualTo(
            "transcript format 'aws-transcribe' was requested, but the file looks like 'aws-call-analytics'; use --transcript-format aws-call-analytics or auto"));
    }

    [Test]
    public void Parse_ForcedJsonFormatOnTxtFile_ReadAsJson()
    {
        var (transcript, format) = TranscriptParser.Parse(Read("aws-transcribe-speaker-labels.json"), ".txt", "C1", "aws-transcribe");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.AwsTranscribe));
            Assert.That(transcript.Turns, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void Parse_ForcedTextOnJsonFile_ReadAsText()
    {
        var (transcript, format) = TranscriptParser.Parse(Utf8("Agent: Hello"), ".json", "C1", "text");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.Text));
            Assert.That(transcript.Turns.Single(), Is.EqualTo(new LabelledTurn("agent", null, null, "Hello")));
        }
    }

    [Test]
    public void Parse_UnknownJson_DetectionMessage()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse(Utf8("""{"words":[]}"""), ".json", "C1", null));

        Assert.That(ex.Message, Does.StartWith("unknown JSON transcript format: expected a \"turns\" array (json)"));
    }

    [Test]
    public void Parse_UnsupportedExtension_Rejected()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse(Utf8("a,b"), ".csv", "C1", null));

        Assert.That(ex.Message, Is.EqualTo("unsupported transcript file type '.csv'; expected .json or .txt"));
    }

    [Test]
    public void Parse_InvalidJson_LineAndByte()
    {
        var bytes = Utf8("{\"results\":\n{\"items\":[}");

        var ex = Assert.Throws<TranscriptFormatException>(() => TranscriptParser.Parse(bytes, ".json", "C1", null));

        Assert.That(ex.Message, Is.EqualTo("invalid JSON at line 2, byte 11 (truncated or corrupt file?)"));
    }

    [Test]
    public void Parse_UnknownForcedFormat_ArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => TranscriptParser.Parse(Utf8("{}"), ".json", "C1", "vtt"));

        Assert.That(ex.Message, Does.StartWith("Unknown transcript format 'vtt'; expected auto or one of json, text, aws-transcribe, aws-call-analytics, azure-speech."));
    }
}
