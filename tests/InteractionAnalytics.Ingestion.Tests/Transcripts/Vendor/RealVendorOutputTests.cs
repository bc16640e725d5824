using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Ingestion.Tests.Transcripts.Vendor;

/// <summary>
/// Real output files of the services (../shared/data/vendor-samples, not in this repository; see its README for their
/// sources and licenses), read through the same entry point the nightly ingest uses, with automatic detection. The
/// expected counts and times were read off the files independently (python3 over the raw JSON). Skipped when the
/// folder is not found above the test directory and <c>IA_SHARED_DATA</c> is not set.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class RealVendorOutputTests
{
    [Test]
    public void AwsTranscribe_SpeakerLabels_24SegmentsOf3SpeakersAre24Turns()
    {
        // 392 items (354 words), older output (labels only in speaker_labels), 24 speaker segments: each segment is a
        // turn, consecutive segments of one speaker included. Each segment's times equal its words' span.
        var (transcript, format) = Parse("aws-transcribe-speaker-labels.json");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.AwsTranscribe));
            Assert.That(transcript.Turns.Select(t => t.SpeakerLabel), Is.EqualTo(new[]
            {
                "spk_0", "spk_0",
                "spk_1", "spk_1", "spk_1", "spk_1", "spk_1", "spk_1",
                "spk_0", "spk_0", "spk_0", "spk_0",
                "spk_2", "spk_2", "spk_2",
                "spk_0", "spk_0",
                "spk_1", "spk_1", "spk_1", "spk_1",
                "spk_0", "spk_0", "spk_0",
            }));
            Assert.That(transcript.Turns[0].StartSeconds, Is.EqualTo(0.49).Within(1e-9));
            Assert.That(transcript.Turns[0].EndSeconds, Is.EqualTo(7.2).Within(1e-9));
            Assert.That(transcript.Turns[0].Text, Does.StartWith("She was gone out into the village").And.EndWith("and she fell."));
            Assert.That(transcript.Turns[1].StartSeconds, Is.EqualTo(7.94).Within(1e-9), "spk_0 again after a 0.74 s pause");
            Assert.That(transcript.Turns[12].StartSeconds, Is.EqualTo(58.04).Within(1e-9));
            Assert.That(transcript.Turns[12].EndSeconds, Is.EqualTo(67.05).Within(1e-9));
            Assert.That(transcript.Turns[^1].StartSeconds, Is.EqualTo(137.51).Within(1e-9));
            Assert.That(transcript.Turns[^1].EndSeconds, Is.EqualTo(141.54).Within(1e-9));
            Assert.That(transcript.Turns.Sum(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), Is.EqualTo(354), "every word once");
            Assert.That(transcript.DeclaredRoles, Is.Empty);
        }
    }

    [Test]
    public void CallAnalytics_37TurnsAgentAndCustomerDeclared()
    {
        var (transcript, format) = Parse("aws-call-analytics.json");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.AwsCallAnalytics));
            Assert.That(transcript.Turns, Has.Count.EqualTo(37));
            Assert.That(transcript.Turns.Count(t => t.SpeakerLabel == "AGENT"), Is.EqualTo(19));
            Assert.That(transcript.DeclaredRoles["AGENT"], Is.EqualTo(Speaker.Agent));
            Assert.That(transcript.DeclaredRoles["CUSTOMER"], Is.EqualTo(Speaker.Customer));
            Assert.That(transcript.Language, Is.EqualTo("en-US"));
            VendorSamples.AssertTurn(transcript.Turns[0], "AGENT", 0.04, 5.05,
                "Thank you for calling Anchor Credit Union, the number one choice for captains worldwide, how can I help you?");
            Assert.That(transcript.Turns[^1].Text, Is.EqualTo("Bye."));
        }
    }

    [Test]
    public void ContactLens_15TurnsFromParticipants()
    {
        var (transcript, format) = Parse("contact-lens.json");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.AwsCallAnalytics));
            Assert.That(transcript.Turns, Has.Count.EqualTo(15));
            Assert.That(transcript.DeclaredRoles.Keys, Is.EquivalentTo(new[] { "AGENT", "CUSTOMER" }));
            VendorSamples.AssertTurn(transcript.Turns[0], "AGENT", 2.54, 2.975, "Mhm.");
            VendorSamples.AssertTurn(transcript.Turns[^1], "AGENT", 83.46, 86.727, "Call back. Bye bye.");
        }
    }

    [Test]
    public void AzureSpeech_ThreePhrasesOfSpeakers1And2()
    {
        var (transcript, format) = Parse("azure-speech-batch.json");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(format, Is.EqualTo(TranscriptFormatNames.AzureSpeech));
            Assert.That(transcript.Turns, Has.Count.EqualTo(3));
            VendorSamples.AssertTurn(transcript.Turns[0], "spk_1", 0.04, 2.22, "Run Alabama drivers license.");
            VendorSamples.AssertTurn(transcript.Turns[1], "spk_2", 2.28, 5.36, "0030");
            VendorSamples.AssertTurn(transcript.Turns[2], "spk_1", 5.4, 7.46, "669");
        }
    }

    private static (LabelledTranscript Transcript, string Format) Parse(string name)
    {
        var folder = FindVendorSamples();
        return TranscriptParser.Parse(File.ReadAllBytes(Path.Combine(folder, name)), ".json", "C-1", forcedFormat: null);
    }

    private static string FindVendorSamples()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("IA_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "vendor-samples")))
        {
            return Path.Combine(fromEnvironment, "vendor-samples");
        }

        for (var dir = new DirectoryInfo(TestPaths.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "vendor-samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore("The real vendor outputs (shared/data/vendor-samples) were not found above the repository and IA_SHARED_DATA is not set.");
        return string.Empty;
    }
}
