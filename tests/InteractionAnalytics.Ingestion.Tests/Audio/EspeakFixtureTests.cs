using System.Globalization;
using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Audio;
using Fixture = InteractionAnalytics.Ingestion.Tests.Audio.EspeakFixtureManifest.Fixture;

namespace InteractionAnalytics.Ingestion.Tests.Audio;

/// <summary>
/// Every espeak-ng recording in tests/fixtures/audio, read in place by <see cref="AudioFileAnalyzer"/>, against the ground
/// truth in its manifest.json: real speech (pauses between words, soft consonants) rather than the tones of
/// <see cref="AudioFileAnalyzerTests"/>.
/// </summary>
public sealed class EspeakFixtureTests
{
    // Segment edges must land within 0.15 s of the constructed ones: the tolerance the fixtures were built for
    // (tests/fixtures/audio/README.md; manifest.json records it as segment_edge_tolerance_s, checked below).
    private const double Edge = 0.15;

    // Talk, talk-over, silence and hold seconds: a length has two edges.
    private const double Total = 2 * Edge;

    // The 8 kHz stereo variants are one master encoded four ways (PCM16, mu-law, A-law, u8): quantisation may move an
    // edge by a frame or two of 20 ms, not more.
    private const double SameAudio = 0.05;

    private const string Agent = "agent";
    private const string Customer = "customer";

    private static readonly AudioActivityOptions ChannelZeroCustomer = new() { AgentChannel = 1, CustomerChannel = 0 };

    private static EspeakFixtureManifest Manifest => EspeakFixtureManifest.Instance;

    private static IEnumerable<TestCaseData> Cases(Func<Fixture, bool> where) =>
        Manifest.Files.Where(where)
            .Select(f => f.NeedsFfmpeg ? new TestCaseData(f.File).SetCategory(FfmpegTool.Category) : new TestCaseData(f.File));

    private static IEnumerable<TestCaseData> EveryFixture() => Cases(_ => true);

    private static IEnumerable<TestCaseData> StereoFixtures() => Cases(f => f.Channels == 2);

    private static IEnumerable<TestCaseData> SwappedFixtures() => Cases(f => f.Channels == 2 && f.RoleOf(0) == Customer);

    private static IEnumerable<TestCaseData> HoldFixtures() => Cases(f => f.Holds.Count > 0);

    private static IEnumerable<TestCaseData> MonoFixtures() => Cases(f => f.Channels == 1);

    private static IEnumerable<TestCaseData> FfmpegFixtures() => Cases(f => f.NeedsFfmpeg);

    /// <summary>The main conversation at 8 kHz, agent on channel 0, in every encoding read natively.</summary>
    private static List<Fixture> EightKilohertzVariants() =>
        [.. Manifest.Files.Where(f =>
            f.Conversation == "main" && f.SampleRate == 8000 && f.Channels == 2 && f.RoleOf(0) == Agent && !f.NeedsFfmpeg)];

    private static AudioActivityResult Analyze(Fixture fixture, AudioActivityOptions? options = null)
    {
        // Fails (not skips) without ffmpeg, like the other tests in the category.
        var analyzer = fixture.NeedsFfmpeg ? new AudioFileAnalyzer(new FfmpegAudioDecoder(FfmpegTool.Require())) : new AudioFileAnalyzer();
        return analyzer.Analyze(fixture.FullPath, options);
    }

    /// <summary>The options that map the channels as the manifest says: the defaults unless channel 0 is the customer.</summary>
    private static AudioActivityOptions? OptionsFor(Fixture fixture) => fixture.RoleOf(0) == Agent ? null : ChannelZeroCustomer;

    /// <summary>
    /// The manifest's silences inside the conversation (from the first speech to the last, as the analyzer measures them);
    /// the stretches it lists as hold only when <paramref name="holdIsSilence"/> (mono cannot tell hold from silence).
    /// </summary>
    private static List<EspeakFixtureManifest.Span> ExpectedSilences(Fixture fixture, bool holdIsSilence)
    {
        var first = fixture.Segments.Min(s => s.Start);
        var last = fixture.Segments.Max(s => s.End);
        return [.. fixture.Silences.Where(s => s.Start >= first && s.End <= last && (holdIsSilence || !fixture.Holds.Contains(s)))];
    }

    private static string Format(SecondsInterval s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.StartSeconds:0.000}–{s.EndSeconds:0.000}");

    private static void AssertSegments(
        string what, IReadOnlyList<SecondsInterval> actual, IReadOnlyList<SecondsInterval> expected, double tolerance)
    {
        // The table goes to the test output either way: it is what to look at when an edge drifts.
        TestContext.Out.WriteLine($"{what}: expected {string.Join(", ", expected.Select(Format))}");
        TestContext.Out.WriteLine($"{what}: detected {string.Join(", ", actual.Select(Format))}");
        Assert.That(actual, Has.Count.EqualTo(expected.Count), $"{what}: detected {string.Join(", ", actual.Select(Format))}");
        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.That(actual[i].StartSeconds, Is.EqualTo(expected[i].StartSeconds).Within(tolerance), $"{what}: segment {i} start");
                Assert.That(actual[i].EndSeconds, Is.EqualTo(expected[i].EndSeconds).Within(tolerance), $"{what}: segment {i} end");
            }
        }
    }

    [Test]
    public void Manifest_ListsEveryWavInTheFolder()
    {
        var onDisk = Directory.GetFiles(EspeakFixtureManifest.FolderPath, "*.wav").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.That(Manifest.Files.Select(f => f.File).Order(StringComparer.Ordinal), Is.EqualTo(onDisk));
    }

    [Test]
    public void Manifest_Tolerance_IsTheOneTheseTestsUse()
    {
        Assert.That(Manifest.SegmentEdgeToleranceSeconds, Is.EqualTo(Edge));
    }

    [TestCaseSource(nameof(EveryFixture))]
    public void Analyze_EveryFixture_FormatAsManifest(string file)
    {
        var fixture = Manifest[file];

        var result = Analyze(fixture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Format.SampleRate, Is.EqualTo(fixture.SampleRate));
            Assert.That(result.Format.Channels, Is.EqualTo(fixture.Channels));
            Assert.That(result.Format.Encoding, Is.EqualTo(fixture.AudioEncoding));
            Assert.That(result.DurationSeconds, Is.EqualTo(fixture.DurationSeconds).Within(1e-6));
        }
    }

    [TestCaseSource(nameof(StereoFixtures))]
    public void Analyze_StereoFixture_SegmentsPerChannelAsManifest(string file)
    {
        var fixture = Manifest[file];

        var result = Analyze(fixture, OptionsFor(fixture));

        Assert.That(result.IsStereo, Is.True, string.Join("; ", result.Warnings));
        for (var channel = 0; channel < 2; channel++)
        {
            var activity = result.Channels[channel];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(activity.Channel, Is.EqualTo(channel));
                Assert.That(SpeakerNames.ToName(activity.Role!.Value), Is.EqualTo(fixture.RoleOf(channel)));
            }

            AssertSegments($"channel {channel} ({fixture.RoleOf(channel)})", activity.Segments, fixture.SegmentsOn(channel), Edge);
        }
    }

    [TestCaseSource(nameof(StereoFixtures))]
    public void Analyze_StereoFixture_TalkTalkOverAndSilenceAsManifest(string file)
    {
        var fixture = Manifest[file];
        var silences = ExpectedSilences(fixture, holdIsSilence: false);

        var result = Analyze(fixture, OptionsFor(fixture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(fixture.TalkSeconds(Agent)).Within(Total));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(fixture.TalkSeconds(Customer)).Within(Total));
            Assert.That(result.TalkOverCount, Is.EqualTo(fixture.Overlaps.Count));
            Assert.That(result.TalkOverSeconds, Is.EqualTo(fixture.Overlaps.Sum(o => o.Duration)).Within(Total));
            Assert.That(result.SilenceCount, Is.EqualTo(silences.Count));
            Assert.That(result.SilenceSeconds, Is.EqualTo(silences.Sum(s => s.Duration)).Within(Total));
            Assert.That(result.LongestSilenceSeconds, Is.EqualTo(silences.Select(s => s.Duration).DefaultIfEmpty(0).Max()).Within(Total));
            Assert.That(result.PossibleHolds, Has.Count.EqualTo(fixture.Holds.Count));
            Assert.That(result.HoldSeconds, Is.EqualTo(fixture.Holds.Sum(h => h.Duration)).Within(Total));
        }

        Assert.That(result.Silences, Has.Count.EqualTo(silences.Count));
        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < silences.Count; i++)
            {
                Assert.That(result.Silences[i].LengthSeconds, Is.EqualTo(silences[i].Duration).Within(Total), $"silence {i}");
            }
        }
    }

    [TestCaseSource(nameof(HoldFixtures))]
    public void Analyze_HoldFixture_OnePossibleHoldThatIsNotSilence(string file)
    {
        var fixture = Manifest[file];
        var hold = fixture.Holds.Single();

        var result = Analyze(fixture, OptionsFor(fixture));

        Assert.That(result.PossibleHolds, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PossibleHolds[0].StartSeconds, Is.EqualTo(hold.Start).Within(Edge));
            Assert.That(result.PossibleHolds[0].EndSeconds, Is.EqualTo(hold.End).Within(Edge));
            Assert.That(result.PossibleHolds[0].LengthSeconds, Is.EqualTo(hold.Duration).Within(Total));
            Assert.That(result.HoldSeconds, Is.EqualTo(hold.Duration).Within(Total));
            Assert.That(
                result.Silences.Where(s => s.StartSeconds < hold.End && s.EndSeconds > hold.Start), Is.Empty, "the hold is not silence");
            Assert.That(result.LongestSilenceSeconds, Is.LessThan(AudioActivityOptions.DefaultHoldMinimumSeconds));
        }
    }

    [TestCaseSource(nameof(SwappedFixtures))]
    public void Analyze_SwappedFixture_DefaultsTakeChannelZeroAsAgent_MappingPutsRolesRight(string file)
    {
        var fixture = Manifest[file];
        var firstAgentSpeech = fixture.Segments.Where(s => s.Role == Agent).Min(s => s.Start);

        var defaults = Analyze(fixture);
        var mapped = Analyze(fixture, ChannelZeroCustomer);

        using (Assert.EnterMultipleScope())
        {
            // The defaults cannot know: channel 0 is called the agent, so the "agent" talk is the customer's speech.
            Assert.That(defaults.Channels[0].Role, Is.EqualTo(Speaker.Agent));
            Assert.That(defaults.AgentTalkSeconds, Is.EqualTo(fixture.TalkSeconds(Customer)).Within(Total));
            Assert.That(defaults.CustomerTalkSeconds, Is.EqualTo(fixture.TalkSeconds(Agent)).Within(Total));

            Assert.That(mapped.Channels[0].Role, Is.EqualTo(Speaker.Customer));
            Assert.That(mapped.Channels[1].Role, Is.EqualTo(Speaker.Agent));
            Assert.That(mapped.AgentTalkSeconds, Is.EqualTo(fixture.TalkSeconds(Agent)).Within(Total));
            Assert.That(mapped.CustomerTalkSeconds, Is.EqualTo(fixture.TalkSeconds(Customer)).Within(Total));
            Assert.That(mapped.FirstAgentAnswerSeconds, Is.EqualTo(firstAgentSpeech).Within(Edge));
        }
    }

    [TestCaseSource(nameof(MonoFixtures))]
    public void Analyze_MonoFixture_SpeechWithoutPartyMetrics(string file)
    {
        var fixture = Manifest[file];
        var speech = fixture.SpeechUnion();

        var result = Analyze(fixture);

        AssertSegments("mono", result.Channels.Single().Segments, speech, Edge);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.False);
            Assert.That(result.Warnings, Is.EqualTo(new[] { AudioActivityAnalyzer.MonoWarning }));
            Assert.That(result.DurationSeconds, Is.EqualTo(fixture.DurationSeconds).Within(1e-6));
            Assert.That(result.SpeechSeconds, Is.EqualTo(speech.Sum(s => s.LengthSeconds)).Within(Total));
            Assert.That(result.SilenceCount, Is.EqualTo(ExpectedSilences(fixture, holdIsSilence: true).Count));
            Assert.That(result.AgentTalkSeconds, Is.Null);
            Assert.That(result.CustomerTalkSeconds, Is.Null);
            Assert.That(result.AgentTalkShare, Is.Null);
            Assert.That(result.TalkOverCount, Is.Null);
            Assert.That(result.TalkOverSeconds, Is.Null);
            Assert.That(result.FirstAgentAnswerSeconds, Is.Null);
            Assert.That(result.HoldSeconds, Is.Null);
            Assert.That(result.PossibleHolds, Is.Empty);
        }
    }

    [TestCaseSource(nameof(FfmpegFixtures))]
    [Category(FfmpegTool.Category)]
    public void Analyze_ImaAdpcmFixture_DecodedByFfmpegWithTheManifestSegments(string file)
    {
        var fixture = Manifest[file];

        var result = Analyze(fixture, OptionsFor(fixture));

        Assert.That(result.Format.Codec, Is.EqualTo("format tag 0x0011 (IMA ADPCM), decoded by ffmpeg"));
        for (var channel = 0; channel < fixture.Channels; channel++)
        {
            AssertSegments($"channel {channel}", result.Channels[channel].Segments, fixture.SegmentsOn(channel), Edge);
        }
    }

    [Test]
    public void Analyze_EightKilohertzVariants_SegmentsWithinFiftyMillisecondsOfEachOther()
    {
        var variants = EightKilohertzVariants();
        Assert.That(variants.Select(f => f.Encoding), Is.EquivalentTo(new[] { "pcm_s16le", "pcm_mulaw", "pcm_alaw", "pcm_u8" }));
        var results = variants.ToDictionary(f => f.File, f => Analyze(f));

        using (Assert.EnterMultipleScope())
        {
            for (var channel = 0; channel < 2; channel++)
            {
                var segments = results.ToDictionary(r => r.Key, r => r.Value.Channels[channel].Segments);
                var counts = segments.Values.Select(s => s.Count).Distinct().ToList();
                Assert.That(counts, Has.Count.EqualTo(1), $"channel {channel}: segment counts differ");
                if (counts.Count != 1)
                {
                    continue;
                }

                for (var i = 0; i < counts[0]; i++)
                {
                    var starts = segments.Values.Select(s => s[i].StartSeconds).ToList();
                    var ends = segments.Values.Select(s => s[i].EndSeconds).ToList();
                    var detail = $"channel {channel} segment {i}: "
                        + string.Join(", ", segments.Select(s => $"{s.Key} {Format(s.Value[i])}"));
                    Assert.That(starts.Max() - starts.Min(), Is.LessThanOrEqualTo(SameAudio), "start; " + detail);
                    Assert.That(ends.Max() - ends.Min(), Is.LessThanOrEqualTo(SameAudio), "end; " + detail);
                }
            }
        }
    }
}
