using System.Text.Json.Serialization;
using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Storage.Browsing;

/// <summary>
/// One <c>audio_measures</c> row as read back, for the contact page and for <c>ia audio</c>: the one place that knows the
/// columns and how AudioMeasuresWriter encodes warnings and disagreements.
/// </summary>
/// <remarks>A class with setters, not a positional record: SQLite types nullable columns per row, Dapper converts per value.</remarks>
internal sealed class RecordingRow
{
    /// <summary>The SELECT of every column <see cref="ToRecording"/> needs, from <c>audio_measures</c>; callers add the WHERE.</summary>
    public const string Select = """
        SELECT call_id AS CallId, source_file AS SourceFile, codec AS Codec, sample_rate AS SampleRate, channels AS Channels,
               is_stereo AS IsStereo, duration_seconds AS DurationSeconds, agent_talk_seconds AS AgentTalkSeconds,
               customer_talk_seconds AS CustomerTalkSeconds, agent_talk_share AS AgentTalkShare, talk_over_count AS TalkOverCount,
               talk_over_seconds AS TalkOverSeconds, silence_count AS SilenceCount, silence_seconds AS SilenceSeconds,
               longest_silence_seconds AS LongestSilenceSeconds, hold_count AS HoldCount, hold_seconds AS HoldSeconds,
               warnings AS Warnings, compared_with_transcript AS ComparedWithTranscript, disagreements AS Disagreements
        FROM audio_measures
        """;

    public string CallId { get; set; } = string.Empty;
    public string SourceFile { get; set; } = string.Empty;
    public string Codec { get; set; } = string.Empty;
    public long SampleRate { get; set; }
    public long Channels { get; set; }
    public long IsStereo { get; set; }
    public double DurationSeconds { get; set; }
    public double? AgentTalkSeconds { get; set; }
    public double? CustomerTalkSeconds { get; set; }
    public double? AgentTalkShare { get; set; }
    public long? TalkOverCount { get; set; }
    public double? TalkOverSeconds { get; set; }
    public long? SilenceCount { get; set; }
    public double? SilenceSeconds { get; set; }
    public double? LongestSilenceSeconds { get; set; }
    public long? HoldCount { get; set; }
    public double? HoldSeconds { get; set; }
    public string Warnings { get; set; } = "[]";
    public long ComparedWithTranscript { get; set; }
    public string Disagreements { get; set; } = "[]";

    public ContactRecording ToRecording() => new()
    {
        CallId = CallId,
        SourceFile = SourceFile,
        Codec = Codec,
        SampleRate = checked((int)SampleRate),
        Channels = checked((int)Channels),
        IsStereo = IsStereo != 0,
        DurationSeconds = DurationSeconds,
        AgentTalkSeconds = AgentTalkSeconds,
        CustomerTalkSeconds = CustomerTalkSeconds,
        AgentTalkShare = AgentTalkShare,
        TalkOverCount = TalkOverCount is { } t ? checked((int)t) : null,
        TalkOverSeconds = TalkOverSeconds,
        SilenceCount = SilenceCount is { } s ? checked((int)s) : null,
        SilenceSeconds = SilenceSeconds,
        LongestSilenceSeconds = LongestSilenceSeconds,
        HoldCount = HoldCount is { } h ? checked((int)h) : null,
        HoldSeconds = HoldSeconds,
        Warnings = StoredJson.TryParse<string[]>(Warnings) ?? [],
        ComparedWithTranscript = ComparedWithTranscript != 0,
        Disagreements = [.. (StoredJson.TryParse<DisagreementJson[]>(Disagreements) ?? [])
            .Select(d => new AudioDisagreement(d.Metric ?? string.Empty, d.Audio, d.Transcript, d.Explanation ?? string.Empty))],
    };

    /// <summary>A disagreement as AudioMeasuresWriter writes it.</summary>
    private sealed record DisagreementJson(
        [property: JsonPropertyName("metric")] string? Metric,
        [property: JsonPropertyName("audio")] double? Audio,
        [property: JsonPropertyName("transcript")] double? Transcript,
        [property: JsonPropertyName("explanation")] string? Explanation);
}
