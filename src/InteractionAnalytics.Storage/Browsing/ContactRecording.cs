using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Storage.Browsing;

/// <summary>A contact's call recording as measured by the ingest (<c>audio_measures</c>, docs/audio.md), as its page shows it.</summary>
public sealed record ContactRecording
{
    /// <summary>The contact.</summary>
    public required string CallId { get; init; }

    /// <summary>The file's name in the export.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The codec, e.g. <c>G.711 mu-law</c>.</summary>
    public required string Codec { get; init; }

    /// <summary>Samples per second.</summary>
    public required int SampleRate { get; init; }

    /// <summary>How many channels.</summary>
    public required int Channels { get; init; }

    /// <summary>Whether agent and customer are on channels of their own (the talk measures below are then known).</summary>
    public required bool IsStereo { get; init; }

    /// <summary>The recording's length in seconds.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Seconds the agent talks (stereo only).</summary>
    public double? AgentTalkSeconds { get; init; }

    /// <summary>Seconds the customer talks (stereo only).</summary>
    public double? CustomerTalkSeconds { get; init; }

    /// <summary>The agent's share of the talk, 0..1 (stereo only).</summary>
    public double? AgentTalkShare { get; init; }

    /// <summary>How many times both talk at once (stereo only).</summary>
    public int? TalkOverCount { get; init; }

    /// <summary>Seconds both talk at once (stereo only).</summary>
    public double? TalkOverSeconds { get; init; }

    /// <summary>How many silences.</summary>
    public int? SilenceCount { get; init; }

    /// <summary>Seconds of silence.</summary>
    public double? SilenceSeconds { get; init; }

    /// <summary>The longest silence in seconds.</summary>
    public double? LongestSilenceSeconds { get; init; }

    /// <summary>How many possible holds (stereo only).</summary>
    public int? HoldCount { get; init; }

    /// <summary>Seconds of possible hold (stereo only).</summary>
    public double? HoldSeconds { get; init; }

    /// <summary>What the measurement warns about.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Whether it was compared with the contact's transcript.</summary>
    public required bool ComparedWithTranscript { get; init; }

    /// <summary>Where the recording and the transcript disagree; empty when they agree or were not compared.</summary>
    public IReadOnlyList<AudioDisagreement> Disagreements { get; init; } = [];
}
