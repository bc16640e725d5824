using System.Text.Json;
using InteractionAnalytics.Ingestion.Transcripts;
using static InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor.VendorSamples;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

public sealed class TranscriptFormatDetectorTests
{
    private static string Detect(string json, string extension = ".json")
    {
        using var document = JsonDocument.Parse(json);
        return TranscriptFormatDetector.Detect(extension, document.RootElement);
    }

    [TestCase("aws-transcribe-speaker-labels.json", TranscriptFormatNames.AwsTranscribe)]
    [TestCase("aws-transcribe-channel-labels.json", TranscriptFormatNames.AwsTranscribe)]
    [TestCase("aws-transcribe-audio-segments.json", TranscriptFormatNames.AwsTranscribe)]
    [TestCase("aws-call-analytics.json", TranscriptFormatNames.AwsCallAnalytics)]
    [TestCase("contact-lens.json", TranscriptFormatNames.AwsCallAnalytics)]
    [TestCase("azure-speech-stereo.json", TranscriptFormatNames.AzureSpeech)]
    [TestCase("azure-speech-diarized.json", TranscriptFormatNames.AzureSpeech)]
    public void Detect_Samples_TheirFormat(string sample, string expected)
    {
        using var document = JsonDocument.Parse(Read(sample));

        var format = TranscriptFormatDetector.Detect(".json", document.RootElement);

        Assert.That(format, Is.EqualTo(expected));
    }

    [TestCase("""{"call_id":"C1","turns":[]}""", TranscriptFormatNames.Json, TestName = "GenericJson")]
    [TestCase("""{"results":{"transcripts":[{"transcript":""}]}}""", TranscriptFormatNames.AwsTranscribe, TestName = "TranscribeTranscriptsOnly")]
    [TestCase("""{"results":{"audio_segments":[]}}""", TranscriptFormatNames.AwsTranscribe, TestName = "TranscribeSegmentsOnly")]
    [TestCase("""{"Transcript":[{"ParticipantId":"AGENT","Content":"Hi"}]}""", TranscriptFormatNames.AwsCallAnalytics, TestName = "EntryWithParticipantId")]
    [TestCase("""{"Participants":[],"Transcript":[]}""", TranscriptFormatNames.AwsCallAnalytics, TestName = "ParticipantsBesideEmptyTranscript")]
    [TestCase("""{"recognizedPhrases":[]}""", TranscriptFormatNames.AzureSpeech, TestName = "AzurePhrases")]
    public void Detect_Shapes_Format(string json, string expected)
    {
        Assert.That(Detect(json), Is.EqualTo(expected));
    }

    [TestCase(".txt")]
    [TestCase(".TXT")]
    [TestCase("txt")]
    public void Detect_TextExtension_TextWithoutRoot(string extension)
    {
        Assert.That(TranscriptFormatDetector.Detect(extension, null), Is.EqualTo(TranscriptFormatNames.Text));
    }

    [TestCase("""{"Transcript":[{"Content":"Hi"}]}""", TestName = "TranscriptWithoutParticipants")]
    [TestCase("""{"results":{"status":"COMPLETED"}}""", TestName = "ResultsWithoutItems")]
    [TestCase("""{"transcript":"hello"}""", TestName = "LowerCaseTranscript")]
    public void Detect_UnknownObject_NamesWhatItLookedFor(string json)
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Detect(json));

        Assert.That(ex.Message, Is.EqualTo(
            "unknown JSON transcript format: expected a \"turns\" array (json), a \"results\" object with \"items\", \"transcripts\" or " +
            "\"audio_segments\" (aws-transcribe), a \"Transcript\" array of entries with \"ParticipantRole\" or \"ParticipantId\" " +
            "(aws-call-analytics), or a \"recognizedPhrases\" array (azure-speech)"));
    }

    [Test]
    public void Detect_RootArray_SaysSo()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Detect("[1,2]"));

        Assert.That(ex.Message, Does.StartWith("unknown JSON transcript format: the root is an array, not an object; expected a \"turns\" array"));
    }

    [Test]
    public void Detect_UnsupportedExtension_Rejected()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Detect("{}", ".csv"));

        Assert.That(ex.Message, Is.EqualTo("unsupported transcript file type '.csv'; expected .json or .txt"));
    }

    [Test]
    public void Resolve_ForcedFormatMatches_Forced()
    {
        using var document = JsonDocument.Parse(Read("contact-lens.json"));

        var format = TranscriptFormatDetector.Resolve(".json", document.RootElement, "AWS-Call-Analytics");

        Assert.That(format, Is.EqualTo(TranscriptFormatNames.AwsCallAnalytics));
    }

    [Test]
    public void Resolve_ForcedFormatOfAnotherVendor_SaysWhatTheFileLooksLike()
    {
        using var document = JsonDocument.Parse(Read("azure-speech-stereo.json"));

        var ex = Assert.Throws<TranscriptFormatException>(
            () => TranscriptFormatDetector.Resolve(".json", document.RootElement, "aws-transcribe"));

        Assert.That(ex.Message, Is.EqualTo(
            "transcript format 'aws-transcribe' was requested, but the file looks like 'azure-speech'; use --transcript-format azure-speech or auto"));
    }

    [Test]
    public void Resolve_ForcedFormatOnUnknownShape_SaysWhatWasExpected()
    {
        using var document = JsonDocument.Parse("""{"foo":1}""");

        var ex = Assert.Throws<TranscriptFormatException>(
            () => TranscriptFormatDetector.Resolve(".json", document.RootElement, "azure-speech"));

        Assert.That(ex.Message, Is.EqualTo(
            "transcript format 'azure-speech' was requested, but the file does not have its shape: expected a \"recognizedPhrases\" array"));
    }

    [Test]
    public void Resolve_UnknownFormatName_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TranscriptFormatDetector.Resolve(".txt", null, "vtt"));
    }

    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase(" Auto ", null)]
    [TestCase("AZURE-SPEECH", TranscriptFormatNames.AzureSpeech)]
    [TestCase("text", TranscriptFormatNames.Text)]
    public void FormatNames_TryParse_KnownNames(string? value, string? expected)
    {
        var known = TranscriptFormatNames.TryParse(value, out var format);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(known, Is.True);
            Assert.That(format, Is.EqualTo(expected));
        }
    }

    [Test]
    public void FormatNames_TryParse_Unknown_False()
    {
        Assert.That(TranscriptFormatNames.TryParse("srt", out _), Is.False);
    }
}
