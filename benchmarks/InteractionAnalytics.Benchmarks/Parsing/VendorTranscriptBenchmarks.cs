using System.Globalization;
using System.Text.Json;
using System.Xml;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Transcripts;

namespace InteractionAnalytics.Benchmarks.Parsing;

/// <summary>
/// Vendor transcript files parsed per second, through <see cref="TranscriptParser.Parse"/> with format detection, as ingest
/// reads a <c>.json</c> transcript. Every file holds the same conversation: the call of <see cref="BenchmarkInputs.Transcript"/>
/// (66 turns, 911 words, 5.6 minutes), written in [GlobalSetup] with <see cref="Utf8JsonWriter"/> in the shapes of
/// docs/transcript-formats.md and the test samples. One operation is one file parsed: bytes to a
/// <see cref="LabelledTranscript"/> of 66 turns (setup checks, for every file, the format detected, the turn count, every
/// turn's text and the two speakers). The <c>Bytes</c> column is the file's size and <c>MB/s</c> is Bytes / Mean
/// (1 MB = 10⁶ bytes):
/// <list type="bullet">
/// <item><c>GenericJson</c> (baseline): our own JSON format (11,324 bytes).</item>
/// <item><c>AwsTranscribe</c>: Amazon Transcribe batch output with speaker diarization, minified as Transcribe writes it
/// (238,743 bytes): <c>results.transcripts</c>, <c>speaker_labels.segments</c> with their word items, and one
/// <c>results.items</c> entry per word and per punctuation mark, turned into turns by the word rule.</item>
/// <item><c>AwsCallAnalytics</c>: Transcribe Call Analytics output, minified (143,184 bytes): one <c>Transcript</c> entry per
/// turn with its word <c>Items</c>, loudness per second and sentiment, plus categories and conversation characteristics.</item>
/// <item><c>AzureSpeech</c>: an Azure AI Speech batch transcription result file, diarized, with word-level timestamps,
/// indented (301,182 bytes): one recognized phrase per turn.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class VendorTranscriptBenchmarks
{
    private const string CallId = "C0000000";

    private VendorFiles _files = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = VendorFiles.Build();
        var expected = _files.Conversation.Turns;
        foreach (var (format, bytes) in _files.All)
        {
            var (transcript, detected) = TranscriptParser.Parse(bytes, ".json", CallId, null);
            var texts = transcript.Turns.Select(t => t.Text);
            if (detected != format || transcript.Turns.Count != expected.Count || !texts.SequenceEqual(expected.Select(t => t.Text))
                || transcript.Turns.Select(t => t.SpeakerLabel).Distinct().Count() != 2)
            {
                throw new InvalidOperationException(
                    $"{format}: read as {detected} with {transcript.Turns.Count} turns; expected {expected.Count} turns of two speakers with the conversation's text");
            }
        }
    }

    /// <summary>Our generic JSON of the same conversation.</summary>
    [Benchmark(Baseline = true)]
    public LabelledTranscript GenericJson() => Parse(_files.GenericJson);

    /// <summary>Amazon Transcribe output: word items with speaker labels.</summary>
    [Benchmark]
    public LabelledTranscript AwsTranscribe() => Parse(_files.AwsTranscribe);

    /// <summary>Amazon Transcribe Call Analytics output: one entry per turn, with word items.</summary>
    [Benchmark]
    public LabelledTranscript AwsCallAnalytics() => Parse(_files.AwsCallAnalytics);

    /// <summary>Azure AI Speech batch transcription result: one phrase per turn, with words.</summary>
    [Benchmark]
    public LabelledTranscript AzureSpeech() => Parse(_files.AzureSpeech);

    private static LabelledTranscript Parse(byte[] bytes) => TranscriptParser.Parse(bytes, ".json", CallId, null).Transcript;

    private sealed class Config : ManualConfig
    {
        // Columns are computed in the host process, which never runs [GlobalSetup]; the files are deterministic, so build them again.
        private static readonly Lazy<VendorFiles> Files = new(VendorFiles.Build);

        public Config()
        {
            AddColumn(new CaseColumn("Bytes", "The size of the file parsed by one operation",
                static (benchmarkCase, _) => Size(benchmarkCase).ToString("N0", CultureInfo.InvariantCulture)));
            AddColumn(new CaseColumn("MB/s", "Bytes / Mean, in 10^6 bytes per second",
                static (benchmarkCase, statistics) => statistics is null
                    ? "NA"
                    : (Size(benchmarkCase) * 1e3 / statistics.Mean).ToString("N1", CultureInfo.InvariantCulture)));
        }

        private static int Size(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(GenericJson) => Files.Value.GenericJson.Length,
            nameof(AwsTranscribe) => Files.Value.AwsTranscribe.Length,
            nameof(AwsCallAnalytics) => Files.Value.AwsCallAnalytics.Length,
            nameof(AzureSpeech) => Files.Value.AzureSpeech.Length,
            var name => throw new InvalidOperationException($"no input size for {name}"),
        };
    }

    /// <summary>The same conversation in each format; deterministic.</summary>
    private sealed record VendorFiles(Transcript Conversation, byte[] GenericJson, byte[] AwsTranscribe, byte[] AwsCallAnalytics, byte[] AzureSpeech)
    {
        // The benchmark conversation up to 9,216 bytes of text and overhead: 66 turns, 911 words, 5.6 minutes (11,324 bytes of our JSON).
        private const int GenericJsonBytes = 9_216;

        private static readonly string[] Sentiments = ["NEUTRAL", "NEUTRAL", "NEGATIVE", "POSITIVE", "NEUTRAL", "MIXED"];

        public IEnumerable<(string Format, byte[] Bytes)> All =>
        [
            (TranscriptFormatNames.Json, GenericJson),
            (TranscriptFormatNames.AwsTranscribe, AwsTranscribe),
            (TranscriptFormatNames.AwsCallAnalytics, AwsCallAnalytics),
            (TranscriptFormatNames.AzureSpeech, AzureSpeech),
        ];

        public static VendorFiles Build()
        {
            var conversation = BenchmarkInputs.Transcript(CallId, GenericJsonBytes);
            var turns = conversation.Turns.Select(t => new TimedTurn(t, Words(t))).ToList();
            return new VendorFiles(
                conversation,
                BenchmarkInputs.JsonBytes(conversation),
                Transcribe(turns),
                CallAnalytics(turns),
                Azure(turns));
        }

        /// <summary>Amazon Transcribe batch output with speaker diarization (spk_0 the agent, spk_1 the customer), minified.</summary>
        private static byte[] Transcribe(List<TimedTurn> turns)
        {
            var random = new Random(1);
            return Write(indented: false, json =>
            {
                json.WriteStartObject();
                json.WriteString("jobName", "call-C0000000");
                json.WriteString("accountId", "111122223333");
                json.WriteStartObject("results");
                json.WriteStartArray("transcripts");
                json.WriteStartObject();
                json.WriteString("transcript", string.Join(" ", turns.Select(t => t.Turn.Text)));
                json.WriteEndObject();
                json.WriteEndArray();

                json.WriteStartObject("speaker_labels");
                json.WriteString("channel_label", "ch_0");
                json.WriteNumber("speakers", 2);
                json.WriteStartArray("segments");
                foreach (var turn in turns)
                {
                    var label = SpeakerLabel(turn.Turn);
                    var words = turn.Words.Where(w => !w.IsPunctuation).ToList();
                    json.WriteStartObject();
                    json.WriteString("start_time", Seconds(words[0].Start));
                    json.WriteString("speaker_label", label);
                    json.WriteString("end_time", Seconds(words[^1].End));
                    json.WriteStartArray("items");
                    foreach (var word in words)
                    {
                        json.WriteStartObject();
                        json.WriteString("start_time", Seconds(word.Start));
                        json.WriteString("speaker_label", label);
                        json.WriteString("end_time", Seconds(word.End));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();

                json.WriteStartArray("items");
                var id = 0;
                foreach (var turn in turns)
                {
                    foreach (var word in turn.Words)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("id", id++);
                        json.WriteString("type", word.IsPunctuation ? "punctuation" : "pronunciation");
                        json.WriteStartArray("alternatives");
                        json.WriteStartObject();
                        json.WriteString("confidence", word.IsPunctuation ? "0.0" : Confidence(random).ToString("0.0###", CultureInfo.InvariantCulture));
                        json.WriteString("content", word.Text);
                        json.WriteEndObject();
                        json.WriteEndArray();
                        if (!word.IsPunctuation)
                        {
                            json.WriteString("start_time", Seconds(word.Start));
                            json.WriteString("end_time", Seconds(word.End));
                        }

                        json.WriteString("speaker_label", SpeakerLabel(turn.Turn));
                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteString("status", "COMPLETED");
                json.WriteEndObject();
            });

            static string SpeakerLabel(Turn turn) => turn.Speaker == Speaker.Agent ? "spk_0" : "spk_1";
        }

        /// <summary>Amazon Transcribe Call Analytics batch output, minified.</summary>
        private static byte[] CallAnalytics(List<TimedTurn> turns)
        {
            var random = new Random(2);
            return Write(indented: false, json =>
            {
                json.WriteStartObject();
                json.WriteString("JobName", "call-C0000000");
                json.WriteString("AccountId", "111122223333");
                json.WriteString("JobStatus", "COMPLETED");
                json.WriteString("LanguageCode", "en-US");
                json.WriteString("Channel", "VOICE");
                json.WriteStartArray("Transcript");
                var number = 0;
                foreach (var turn in turns)
                {
                    var start = turn.Turn.StartSeconds!.Value;
                    var end = turn.Turn.EndSeconds!.Value;
                    json.WriteStartObject();
                    json.WriteStartArray("LoudnessScores");
                    for (var second = Math.Floor(start); second < end; second++)
                    {
                        json.WriteNumberValue(Math.Round(70 + (15 * random.NextDouble()), 2));
                    }

                    json.WriteEndArray();
                    json.WriteString("Content", turn.Turn.Text);
                    json.WriteStartArray("Items");
                    foreach (var word in turn.Words)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("Confidence", word.IsPunctuation ? 0 : Math.Round(Confidence(random), 4));
                        json.WriteString("Content", word.Text);
                        json.WriteNumber("EndOffsetMillis", Millis(word.End));
                        json.WriteNumber("BeginOffsetMillis", Millis(word.Start));
                        json.WriteString("Type", word.IsPunctuation ? "punctuation" : "pronunciation");
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteString("Id", Id(random));
                    json.WriteNumber("BeginOffsetMillis", Millis(start));
                    json.WriteNumber("EndOffsetMillis", Millis(end));
                    json.WriteString("Sentiment", Sentiments[number++ % Sentiments.Length]);
                    json.WriteString("ParticipantRole", turn.Turn.Speaker == Speaker.Agent ? "AGENT" : "CUSTOMER");
                    json.WriteEndObject();
                }

                json.WriteEndArray();

                json.WriteStartObject("Categories");
                json.WriteStartArray("MatchedCategories");
                json.WriteEndArray();
                json.WriteStartObject("MatchedDetails");
                json.WriteEndObject();
                json.WriteEndObject();

                var total = Millis(turns[^1].Turn.EndSeconds!.Value);
                json.WriteStartObject("ConversationCharacteristics");
                json.WriteStartObject("NonTalkTime");
                json.WriteStartArray("Instances");
                json.WriteEndArray();
                json.WriteNumber("TotalTimeMillis", 0);
                json.WriteEndObject();
                json.WriteStartObject("Interruptions");
                json.WriteNumber("TotalCount", 0);
                json.WriteNumber("TotalTimeMillis", 0);
                json.WriteStartObject("InterruptionsByInterrupter");
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteNumber("TotalConversationDurationMillis", total);
                json.WriteStartObject("Sentiment");
                json.WriteStartObject("OverallSentiment");
                json.WriteNumber("AGENT", 1.2);
                json.WriteNumber("CUSTOMER", 0.4);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("TalkTime");
                json.WriteStartObject("DetailsByParticipant");
                foreach (var (role, speaker) in new[] { ("AGENT", Speaker.Agent), ("CUSTOMER", Speaker.Customer) })
                {
                    json.WriteStartObject(role);
                    json.WriteNumber("TotalTimeMillis", turns.Where(t => t.Turn.Speaker == speaker).Sum(t => Millis(t.Turn.EndSeconds!.Value) - Millis(t.Turn.StartSeconds!.Value)));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteNumber("TotalTimeMillis", total);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }

        /// <summary>An Azure AI Speech batch transcription result file, diarized (speaker 1 the agent, 2 the customer), with words.</summary>
        private static byte[] Azure(List<TimedTurn> turns)
        {
            var random = new Random(3);
            var end = turns[^1].Turn.EndSeconds!.Value;
            return Write(indented: true, json =>
            {
                json.WriteStartObject();
                json.WriteString("source", "https://contoso.blob.core.windows.net/calls/C0000000.wav");
                json.WriteString("timestamp", "2026-11-24T13:37:05Z");
                json.WriteNumber("durationInTicks", Ticks(end));
                json.WriteNumber("durationMilliseconds", Millis(end));
                json.WriteString("duration", Iso(end));
                json.WriteStartArray("combinedRecognizedPhrases");
                json.WriteStartObject();
                json.WriteNumber("channel", 0);
                var lexical = string.Join(" ", turns.Select(t => Lexical(t.Words)));
                json.WriteString("lexical", lexical);
                json.WriteString("itn", lexical);
                json.WriteString("maskedITN", lexical);
                json.WriteString("display", string.Join(" ", turns.Select(t => t.Turn.Text)));
                json.WriteEndObject();
                json.WriteEndArray();

                json.WriteStartArray("recognizedPhrases");
                foreach (var turn in turns)
                {
                    var start = turn.Turn.StartSeconds!.Value;
                    var length = turn.Turn.EndSeconds!.Value - start;
                    json.WriteStartObject();
                    json.WriteString("recognitionStatus", "Success");
                    json.WriteNumber("channel", 0);
                    json.WriteNumber("speaker", turn.Turn.Speaker == Speaker.Agent ? 1 : 2);
                    json.WriteString("offset", Iso(start));
                    json.WriteString("duration", Iso(length));
                    json.WriteNumber("offsetInTicks", Ticks(start));
                    json.WriteNumber("durationInTicks", Ticks(length));
                    json.WriteStartArray("nBest");
                    json.WriteStartObject();
                    json.WriteNumber("confidence", Math.Round(Confidence(random), 7));
                    var phraseLexical = Lexical(turn.Words);
                    json.WriteString("lexical", phraseLexical);
                    json.WriteString("itn", phraseLexical);
                    json.WriteString("maskedITN", phraseLexical);
                    json.WriteString("display", turn.Turn.Text);
                    json.WriteStartArray("words");
                    foreach (var word in turn.Words.Where(w => !w.IsPunctuation))
                    {
                        json.WriteStartObject();
                        json.WriteString("word", word.Text.ToLowerInvariant());
                        json.WriteString("offset", Iso(word.Start));
                        json.WriteString("duration", Iso(word.End - word.Start));
                        json.WriteNumber("offsetInTicks", Ticks(word.Start));
                        json.WriteNumber("durationInTicks", Ticks(word.End - word.Start));
                        json.WriteNumber("confidence", Math.Round(Confidence(random), 7));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });

            static string Lexical(IEnumerable<Word> words) => string.Join(" ", words.Where(w => !w.IsPunctuation).Select(w => w.Text.ToLowerInvariant()));
        }

        /// <summary>A turn's words and punctuation marks, in order; the words share the turn's time in proportion to their length.</summary>
        private static List<Word> Words(Turn turn)
        {
            var start = turn.StartSeconds!.Value;
            var length = turn.EndSeconds!.Value - start;
            var tokens = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var total = tokens.Sum(t => t.TrimEnd(',', '.', '?', '!').Length + 1);
            var words = new List<Word>();
            var before = 0;
            foreach (var token in tokens)
            {
                var text = token.TrimEnd(',', '.', '?', '!');
                var wordStart = start + (length * before / total);
                before += text.Length + 1;
                var wordEnd = start + (length * (before - 0.6) / total);
                words.Add(new Word(text, Math.Round(wordStart, 3), Math.Round(wordEnd, 3), IsPunctuation: false));
                foreach (var mark in token[text.Length..])
                {
                    words.Add(new Word(mark.ToString(), Math.Round(wordEnd, 3), Math.Round(wordEnd, 3), IsPunctuation: true));
                }
            }

            return words;
        }

        private static byte[] Write(bool indented, Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            {
                write(json);
            }

            return stream.ToArray();
        }

        private static double Confidence(Random random) => 0.75 + (0.25 * random.NextDouble());

        private static string Seconds(double seconds) => seconds.ToString("0.0##", CultureInfo.InvariantCulture);

        private static long Millis(double seconds) => (long)Math.Round(seconds * 1000);

        private static long Ticks(double seconds) => (long)Math.Round(seconds * TimeSpan.TicksPerSecond);

        private static string Iso(double seconds) => XmlConvert.ToString(TimeSpan.FromTicks(Ticks(seconds)));

        private static string Id(Random random)
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString();
        }

        private sealed record Word(string Text, double Start, double End, bool IsPunctuation);

        private sealed record TimedTurn(Turn Turn, List<Word> Words);
    }
}
