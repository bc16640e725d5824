using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Ingestion.Audio;

namespace InteractionAnalytics.Ingestion.Tests.Audio;

public sealed class AudioFileAnalyzerTests
{
    // Segment edges must land within 0.15 s of the tone edges.
    private const double Edge = 0.15;

    private static readonly TestWav StereoCall = new()
    {
        DurationSeconds = 4,
        Tones = [new(0, 0.5, 2.0, 440, -20), new(1, 1.5, 3.0, 660, -20)],
    };

    private static readonly TestWav MonoCall = new()
    {
        Channels = 1,
        DurationSeconds = 4,
        Tones = [new(0, 0.5, 1.5, 440, -20), new(0, 2.5, 3.5, 300, -26)],
    };

    private string _directory = "";

    [OneTimeSetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "ia-audio-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [OneTimeTearDown]
    public void DeleteDirectory()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; failing the run for it is not.
        }
    }

    private static AudioFileAnalyzer CreateSut(string ffmpeg = FfmpegAudioDecoder.DefaultExecutablePath) => new(new FfmpegAudioDecoder(ffmpeg));

    private string PathFor(string name) => Path.Combine(_directory, name);

    private string Write(TestWav wav, string name)
    {
        var path = PathFor(name);
        wav.WriteTo(path);
        return path;
    }

    private static void AssertSegments(IReadOnlyList<SecondsInterval> actual, params (double Start, double End)[] expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length), string.Join(", ", actual));
        using (Assert.EnterMultipleScope())
        {
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.That(actual[i].StartSeconds, Is.EqualTo(expected[i].Start).Within(Edge), $"segment {i} start");
                Assert.That(actual[i].EndSeconds, Is.EqualTo(expected[i].End).Within(Edge), $"segment {i} end");
            }
        }
    }

    /// <param name="result">The result for <see cref="StereoCall"/>.</param>
    /// <param name="durationTolerance">Exact by default; block codecs (IMA ADPCM) pad the last block with silence.</param>
    private static void AssertStereoCall(AudioActivityResult result, double durationTolerance = 1e-9)
    {
        AssertSegments(result.Channels[0].Segments, (0.5, 2.0));
        AssertSegments(result.Channels[1].Segments, (1.5, 3.0));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.True);
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(result.DurationSeconds, Is.EqualTo(4).Within(durationTolerance));
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(1.5).Within(2 * Edge));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(1.5).Within(2 * Edge));
            Assert.That(result.TalkOverSeconds, Is.EqualTo(0.5).Within(2 * Edge));
            Assert.That(result.TalkOverCount, Is.EqualTo(1));
            Assert.That(result.ConversationSeconds, Is.EqualTo(2.5).Within(2 * Edge));
            Assert.That(result.SilenceCount, Is.Zero);
        }
    }

    [TestCase(AudioEncoding.Pcm16, 8000, false)]
    [TestCase(AudioEncoding.Pcm16, 16000, false)]
    [TestCase(AudioEncoding.Pcm16, 48000, true)]
    [TestCase(AudioEncoding.Pcm8, 8000, false)]
    [TestCase(AudioEncoding.Pcm8, 16000, true)]
    [TestCase(AudioEncoding.MuLaw, 8000, false)]
    [TestCase(AudioEncoding.MuLaw, 8000, true)]
    [TestCase(AudioEncoding.ALaw, 8000, false)]
    [TestCase(AudioEncoding.ALaw, 16000, true)]
    public void Analyze_StereoCall_SegmentsAtTheTones(AudioEncoding encoding, int rate, bool extensible)
    {
        var path = Write(StereoCall with { Encoding = encoding, SampleRate = rate, Extensible = extensible }, $"stereo-{encoding}-{rate}-{extensible}.wav");

        var result = CreateSut().Analyze(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Format.Encoding, Is.EqualTo(encoding));
            Assert.That(result.Format.SampleRate, Is.EqualTo(rate));
            Assert.That(result.Format.Channels, Is.EqualTo(2));
        }

        AssertStereoCall(result);
    }

    [TestCase(AudioEncoding.Pcm16, 8000)]
    [TestCase(AudioEncoding.Pcm8, 48000)]
    [TestCase(AudioEncoding.MuLaw, 8000)]
    [TestCase(AudioEncoding.ALaw, 8000)]
    public void Analyze_MonoCall_SpeechAndSilenceWithWarning(AudioEncoding encoding, int rate)
    {
        var path = Write(MonoCall with { Encoding = encoding, SampleRate = rate }, $"mono-{encoding}-{rate}.wav");

        var result = CreateSut().Analyze(path);

        AssertSegments(result.Channels.Single().Segments, (0.5, 1.5), (2.5, 3.5));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsStereo, Is.False);
            Assert.That(result.Warnings, Is.EqualTo(new[] { AudioActivityAnalyzer.MonoWarning }));
            Assert.That(result.SpeechSeconds, Is.EqualTo(2).Within(2 * Edge));
            Assert.That(result.SilenceSeconds, Is.Zero); // the 1 s gap is under the 3 s threshold
            Assert.That(result.AgentTalkSeconds, Is.Null);
        }
    }

    [Test]
    public void Analyze_ExtraChunksAndLouderNoise_SameSegments()
    {
        var wav = StereoCall with
        {
            NoiseDb = -50,
            ChunksBeforeFmt = [("LIST", TestWav.ListInfo("recorder 1.0"))],
            ChunksBeforeData = [("odd!", TestWav.Ascii("12345")), ("fact", new byte[4])],
            ChunksAfterData = [("cue ", new byte[28])],
        };

        var result = CreateSut().Analyze(Write(wav, "chunks.wav"));

        AssertStereoCall(result);
        Assert.That(result.Channels[0].NoiseFloorDb, Is.EqualTo(-50).Within(2));
    }

    [Test]
    public void Analyze_HoldAndSilence_AsOnTheClock()
    {
        // Agent 0.5–2, customer 6–7 (after 4 s of silence), agent 30–31 (after 23 s of quiet: possible hold).
        var wav = StereoCall with
        {
            DurationSeconds = 32,
            Tones = [new(0, 0.5, 2), new(1, 6, 7, 660), new(0, 30, 31)],
        };

        var result = CreateSut().Analyze(Write(wav, "hold.wav"));

        AssertSegments(result.Silences, (2, 6));
        AssertSegments(result.PossibleHolds, (7, 30));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.SilenceCount, Is.EqualTo(1));
            Assert.That(result.HoldSeconds, Is.EqualTo(23).Within(2 * Edge));
            Assert.That(result.ConversationSeconds, Is.EqualTo(30.5).Within(2 * Edge));
            Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(0.5).Within(Edge));
        }
    }

    [Test]
    public void Analyze_ChannelRolesSwapped_AgentFromChannelOne()
    {
        var options = new AudioActivityOptions { AgentChannel = 1, CustomerChannel = 0 };

        var result = CreateSut().Analyze(Write(StereoCall, "swapped.wav"), options);

        Assert.That(result.FirstAgentAnswerSeconds, Is.EqualTo(1.5).Within(Edge));
    }

    [TestCase("call.mp3", "unsupported audio file type '.mp3'; expected .wav")]
    [TestCase("call", "unsupported audio file type ''; expected .wav")]
    public void Analyze_NotAWavFileName_Rejected(string name, string expected)
    {
        var path = PathFor(name);
        File.WriteAllBytes(path, StereoCall.ToBytes());

        var ex = Assert.Throws<AudioFormatException>(() => CreateSut().Analyze(path));

        Assert.That(ex.Message, Does.StartWith(expected));
    }

    [Test]
    public void Analyze_UpperCaseExtension_Read()
    {
        AssertStereoCall(CreateSut().Analyze(Write(StereoCall, "UPPER.WAV")));
    }

    [Test]
    public void Analyze_SymbolicLink_NotFollowed()
    {
        var target = Write(StereoCall, "target.wav");
        var link = PathFor("link.wav");
        try
        {
            File.CreateSymbolicLink(link, target);
        }
        catch (UnauthorizedAccessException)
        {
            Assert.Ignore("this account cannot create symbolic links");
        }
        catch (IOException)
        {
            Assert.Ignore("this file system cannot hold symbolic links");
        }

        var ex = Assert.Throws<AudioFormatException>(() => CreateSut().Analyze(link));

        Assert.That(ex.Message, Is.EqualTo("symbolic links are not followed"));
    }

    [Test]
    public void Analyze_Missing_IOException()
    {
        Assert.That(() => CreateSut().Analyze(PathFor("missing.wav")), Throws.InstanceOf<FileNotFoundException>());
    }

    [Test]
    public void Analyze_Truncated_AudioFormatException()
    {
        var path = PathFor("truncated.wav");
        File.WriteAllBytes(path, StereoCall.ToBytes()[..30]);

        var ex = Assert.Throws<AudioFormatException>(() => CreateSut().Analyze(path));

        Assert.That(ex.Message, Is.EqualTo("file is 30 bytes; a WAV header needs at least 44"));
    }

    [Test]
    public void Analyze_Cancelled_Stops()
    {
        var path = Write(StereoCall, "cancelled.wav");

        Assert.That(() => CreateSut().Analyze(path, cancellationToken: new CancellationToken(canceled: true)), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Analyze_CodecNeedsFfmpegThatIsNotInstalled_SaysHowToInstall()
    {
        var path = PathFor("adpcm-no-ffmpeg.wav");
        File.WriteAllBytes(path, TestWav.Riff(("fmt ", TestWav.Fmt(0x0011, 1, 8000, 256, 4)), ("data", new byte[1024])));

        var ex = Assert.Throws<AudioFormatException>(() => CreateSut("/nonexistent/bin/ffmpeg").Analyze(path));

        Assert.That(ex.Message, Does.StartWith(
            "format tag 0x0011 (IMA ADPCM) is not read natively; install ffmpeg (Debian: apt-get install ffmpeg) to read it ('/nonexistent/bin/ffmpeg' could not be run:"));
    }

    [Test]
    [Category(FfmpegTool.Category)]
    public void Analyze_ImaAdpcmThroughFfmpeg_SameSegmentsAsPcmSource()
    {
        var source = Write(StereoCall, "adpcm-source.wav");
        var adpcm = PathFor("adpcm.wav");
        FfmpegTool.Run("-i", source, "-acodec", "adpcm_ima_wav", adpcm);

        var result = CreateSut(FfmpegTool.Require()).Analyze(adpcm);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Format.Encoding, Is.EqualTo(AudioEncoding.ExternalDecoder));
            Assert.That(result.Format.Codec, Is.EqualTo("format tag 0x0011 (IMA ADPCM), decoded by ffmpeg"));
            Assert.That(result.Format.SampleRate, Is.EqualTo(8000));
        }

        AssertStereoCall(result, durationTolerance: 0.13); // 4 s is 31.5 blocks of 1,017 samples: padded to 32
        var pcm = CreateSut().Analyze(source);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.AgentTalkSeconds, Is.EqualTo(pcm.AgentTalkSeconds).Within(Edge));
            Assert.That(result.CustomerTalkSeconds, Is.EqualTo(pcm.CustomerTalkSeconds).Within(Edge));
        }
    }

    [Test]
    [Category(FfmpegTool.Category)]
    public void Analyze_GsmThroughFfmpeg_SameSegmentsAsPcmSource()
    {
        var source = Write(MonoCall, "gsm-source.wav");
        var gsm = PathFor("gsm.wav");
        FfmpegTool.Run("-i", source, "-acodec", "libgsm_ms", "-ar", "8000", "-ac", "1", gsm);

        var result = CreateSut(FfmpegTool.Require()).Analyze(gsm);

        Assert.That(result.Format.Codec, Is.EqualTo("format tag 0x0031 (GSM 6.10), decoded by ffmpeg"));
        AssertSegments(result.Channels.Single().Segments, (0.5, 1.5), (2.5, 3.5));
        var pcm = CreateSut().Analyze(source);
        Assert.That(result.SpeechSeconds, Is.EqualTo(pcm.SpeechSeconds).Within(Edge));
    }

    // Not MP3 here: in a WAV container ffmpeg cannot remove the encoder's delay, so every edge moves ~0.13 s later.
    [TestCase("pcm_f32le", "format tag 0x0003 (IEEE float), decoded by ffmpeg")]
    [TestCase("pcm_s24le", "format tag 0x0001 (PCM 24-bit), decoded by ffmpeg")]
    [Category(FfmpegTool.Category)]
    public void Analyze_FloatAnd24BitThroughFfmpeg_SameSegments(string codec, string expected)
    {
        var source = Write(StereoCall, $"{codec}-source.wav");
        var converted = PathFor($"{codec}.wav");
        FfmpegTool.Run("-i", source, "-acodec", codec, converted);

        var result = CreateSut(FfmpegTool.Require()).Analyze(converted);

        Assert.That(result.Format.Codec, Is.EqualTo(expected));
        AssertStereoCall(result);
    }

    [TestCase(AudioEncoding.MuLaw)]
    [TestCase(AudioEncoding.ALaw)]
    [Category(FfmpegTool.Category)]
    public void G711_EveryCode_DecodesAsFfmpegDoes(AudioEncoding encoding)
    {
        // A mono file holding each of the 256 codes 4 times; ffmpeg's own decoder is the reference.
        var codes = Enumerable.Range(0, 1024).Select(i => (byte)(i % 256)).ToArray();
        var tag = encoding == AudioEncoding.MuLaw ? 7 : 6;
        var path = PathFor($"codes-{encoding}.wav");
        File.WriteAllBytes(path, TestWav.Riff(("fmt ", TestWav.Fmt(tag, 1, 8000, 1, 8)), ("data", codes)));
        var raw = PathFor($"codes-{encoding}.raw");
        FfmpegTool.Run("-i", path, "-f", "s16le", "-acodec", "pcm_s16le", raw);

        var expected = File.ReadAllBytes(raw);
        using var reader = new WavReader(File.OpenRead(path));
        var actual = new short[2048];
        var n = reader.Read(actual);

        Assert.That(n, Is.EqualTo(1024));
        Assert.That(actual.AsSpan(0, n).ToArray(), Is.EqualTo(Enumerable.Range(0, 1024).Select(i => BitConverter.ToInt16(expected, 2 * i))));
    }

    [Test]
    [Category(FfmpegTool.Category)]
    public void Analyze_FfmpegFails_ItsErrorInTheMessage()
    {
        var path = PathFor("garbage-mp3.wav");
        var garbage = Enumerable.Range(0, 4000).Select(i => (byte)((i * 7) % 256)).ToArray();
        File.WriteAllBytes(path, TestWav.Riff(("fmt ", TestWav.Fmt(0x0055, 1, 8000, 1, 0)), ("data", garbage)));

        var ex = Assert.Throws<AudioFormatException>(() => CreateSut(FfmpegTool.Require()).Analyze(path));

        // ffmpeg writes a header, no samples, and "Invalid data found when processing input" (wording may vary by version).
        TestContext.Out.WriteLine(ex.Message);
        Assert.That(ex.Message, Does.StartWith("ffmpeg could not decode the format tag 0x0055 (MPEG Layer 3) audio (exit code ")
            .And.Not.EndWith("no error output"));
    }

    [Test]
    public void Decode_FfmpegHangs_StoppedAtTheTimeout()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in ffmpeg is a shell script");
            return;
        }

        // A stand-in "ffmpeg" that answers -version and then hangs without output.
        var fake = PathFor("hanging-ffmpeg.sh");
        File.WriteAllText(fake, "#!/bin/sh\nif [ \"$1\" = \"-version\" ]; then echo fake; exit 0; fi\nexec sleep 30\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = PathFor("hang.wav");
        File.WriteAllBytes(path, TestWav.Riff(("fmt ", TestWav.Fmt(0x0011, 1, 8000, 256, 4)), ("data", new byte[1024])));
        var decoder = new FfmpegAudioDecoder(fake, TimeSpan.FromSeconds(1));

        var ex = Assert.Throws<AudioFormatException>(() => new AudioFileAnalyzer(decoder).Analyze(path));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoder.IsAvailable, Is.True);
            Assert.That(ex.Message, Is.EqualTo("ffmpeg did not finish decoding within 1 s and was stopped"));
        }
    }

    [Test]
    public void Decoder_NotInstalled_IsAvailableFalse()
    {
        Assert.That(new FfmpegAudioDecoder("/nonexistent/bin/ffmpeg").IsAvailable, Is.False);
    }
}
