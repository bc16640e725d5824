namespace InteractionAnalytics.Storage;

/// <summary>One stored recording's measures, as <c>ia audio</c> lists them. Times are seconds; null where not measured (mono).</summary>
public sealed record StoredAudio
{
    /// <summary>The contact.</summary>
    public string CallId { get; init; } = string.Empty;

    /// <summary>The file, relative to its export (<c>audio/C-1.wav</c>).</summary>
    public string SourceFile { get; init; } = string.Empty;

    /// <summary>The codec as read (e.g. <c>G.711 mu-law</c>).</summary>
    public string Codec { get; init; } = string.Empty;

    /// <summary>Samples per second.</summary>
    public long SampleRate { get; init; }

    /// <summary>Channels in the file.</summary>
    public long Channels { get; init; }

    /// <summary>The recording's length, in seconds.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>Agent speech, in seconds (stereo only).</summary>
    public double? AgentTalkSeconds { get; init; }

    /// <summary>Customer speech, in seconds (stereo only).</summary>
    public double? CustomerTalkSeconds { get; init; }

    /// <summary>Silence (quiet stretches of at least 3 s, not hold), in seconds.</summary>
    public double? SilenceSeconds { get; init; }

    /// <summary>Both parties speaking at once, in seconds (stereo only).</summary>
    public double? TalkOverSeconds { get; init; }

    /// <summary>Possible hold (quiet stretches of at least 20 s), in seconds (stereo only).</summary>
    public double? HoldSeconds { get; init; }

    /// <summary>The analysis' warnings, a JSON array of strings.</summary>
    public string Warnings { get; init; } = "[]";

    /// <summary>Whether a timestamped transcript of the same run was compared with the recording.</summary>
    public bool ComparedWithTranscript { get; init; }

    /// <summary>How many metrics disagree with the transcript.</summary>
    public long DisagreementCount { get; init; }

    /// <summary>The disagreements, a JSON array of <c>{metric, audio, transcript, explanation}</c>.</summary>
    public string Disagreements { get; init; } = "[]";
}
