using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Ingestion.Tests.Audio;

/// <summary>
/// tests/fixtures/audio/manifest.json: the ground truth that make-fixtures.sh writes for the espeak-ng recordings next to it
/// (README.md there explains it). Only the fields the tests use are read; times are seconds from the start of the file.
/// </summary>
internal sealed record EspeakFixtureManifest
{
    // Before Instance: static fields are initialised in order, and Load needs it.
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The committed fixtures, read in place.</summary>
    public static string FolderPath { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "fixtures", "audio");

    public static EspeakFixtureManifest Instance { get; } = Load();

    /// <summary>The tolerance on segment edges the fixtures were built for.</summary>
    [JsonPropertyName("segment_edge_tolerance_s")]
    public required double SegmentEdgeToleranceSeconds { get; init; }

    public required IReadOnlyList<Fixture> Files { get; init; }

    public Fixture this[string file] => Files.Single(f => f.File == file);

    private static EspeakFixtureManifest Load()
    {
        var path = Path.Combine(FolderPath, "manifest.json");
        return JsonSerializer.Deserialize<EspeakFixtureManifest>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidOperationException(path + " is empty");
    }

    /// <summary>One recording. <see cref="Segments"/> use this file's channel numbers (all 0 in a mono file).</summary>
    public sealed record Fixture
    {
        public required string File { get; init; }

        /// <summary>"main" for the ~13.8 s conversation, "hold" for the hold scenario.</summary>
        public required string Conversation { get; init; }

        /// <summary>ffmpeg's codec name, e.g. pcm_s16le or adpcm_ima_wav.</summary>
        public required string Encoding { get; init; }

        public required int SampleRate { get; init; }

        public required int Channels { get; init; }

        /// <summary>The length the header gives (for IMA ADPCM, including the padded last block).</summary>
        [JsonPropertyName("duration_s")]
        public required double DurationSeconds { get; init; }

        /// <summary>Channel index ("0", "1") to "agent" or "customer"; "agent+customer" in a mono file.</summary>
        public required IReadOnlyDictionary<string, string> ChannelRoles { get; init; }

        public required IReadOnlyList<Segment> Segments { get; init; }

        /// <summary>Every stretch of at least 3 s with nobody talking, holds included.</summary>
        public required IReadOnlyList<Span> Silences { get; init; }

        public required IReadOnlyList<Span> Overlaps { get; init; }

        /// <summary>Every stretch of at least 20 s with nobody talking.</summary>
        public required IReadOnlyList<Span> Holds { get; init; }

        public string FullPath => Path.Combine(FolderPath, File);

        /// <summary>How the analyzer should report <see cref="Encoding"/>.</summary>
        public AudioEncoding AudioEncoding => Encoding switch
        {
            "pcm_s16le" => AudioEncoding.Pcm16,
            "pcm_u8" => AudioEncoding.Pcm8,
            "pcm_mulaw" => AudioEncoding.MuLaw,
            "pcm_alaw" => AudioEncoding.ALaw,
            "adpcm_ima_wav" => AudioEncoding.ExternalDecoder, // not read natively: decoded by ffmpeg
            _ => throw new InvalidOperationException($"{File}: encoding '{Encoding}' has no expected AudioEncoding; add it here"),
        };

        public bool NeedsFfmpeg => AudioEncoding == AudioEncoding.ExternalDecoder;

        public string RoleOf(int channel) => ChannelRoles[channel.ToString(CultureInfo.InvariantCulture)];

        /// <summary>The constructed speech on one channel, in time order.</summary>
        public IReadOnlyList<SecondsInterval> SegmentsOn(int channel) =>
            [.. Segments.Where(s => s.Channel == channel).OrderBy(s => s.Start).Select(s => new SecondsInterval(s.Start, s.End))];

        /// <summary>Seconds of speech by one role: the sum of its segments' lengths.</summary>
        public double TalkSeconds(string role) => Segments.Where(s => s.Role == role).Sum(s => s.End - s.Start);

        /// <summary>The union of every segment, in time order: when anyone speaks.</summary>
        public IReadOnlyList<SecondsInterval> SpeechUnion()
        {
            var merged = new List<SecondsInterval>();
            foreach (var s in Segments.OrderBy(s => s.Start))
            {
                if (merged.Count > 0 && s.Start <= merged[^1].EndSeconds)
                {
                    merged[^1] = merged[^1] with { EndSeconds = Math.Max(merged[^1].EndSeconds, s.End) };
                }
                else
                {
                    merged.Add(new SecondsInterval(s.Start, s.End));
                }
            }

            return merged;
        }
    }

    public sealed record Segment(int Channel, string Role, double Start, double End, string Utterance);

    public sealed record Span(double Start, double End, double Duration);
}
