using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Rows;

namespace InteractionAnalytics.Storage;

/// <summary>
/// Stores recordings' measures in <c>audio_measures</c>, one row per contact, replaced by a later run; a recording
/// measured exactly as stored (same content hash of every stored value) is <see cref="UpsertOutcome.Unchanged"/>.
/// </summary>
internal static class AudioMeasuresWriter
{
    private const string Upsert = """
        INSERT INTO audio_measures (
            call_id, source_file, codec, encoding, sample_rate, channels, is_stereo, duration_seconds, speech_seconds,
            conversation_seconds, agent_talk_seconds, customer_talk_seconds, agent_talk_share, silence_seconds, silence_count,
            longest_silence_seconds, talk_over_count, talk_over_seconds, first_agent_answer_seconds, hold_seconds, hold_count,
            segments, possible_holds, warnings, compared_with_transcript, disagreement_count, disagreements, content_hash, last_run_id)
        VALUES (
            @CallId, @SourceFile, @Codec, @Encoding, @SampleRate, @Channels, @IsStereo, @DurationSeconds, @SpeechSeconds,
            @ConversationSeconds, @AgentTalkSeconds, @CustomerTalkSeconds, @AgentTalkShare, @SilenceSeconds, @SilenceCount,
            @LongestSilenceSeconds, @TalkOverCount, @TalkOverSeconds, @FirstAgentAnswerSeconds, @HoldSeconds, @HoldCount,
            @Segments, @PossibleHolds, @Warnings, @ComparedWithTranscript, @DisagreementCount, @Disagreements, @ContentHash, @RunId)
        ON CONFLICT (call_id) DO UPDATE SET
            source_file = excluded.source_file, codec = excluded.codec, encoding = excluded.encoding,
            sample_rate = excluded.sample_rate, channels = excluded.channels, is_stereo = excluded.is_stereo,
            duration_seconds = excluded.duration_seconds, speech_seconds = excluded.speech_seconds,
            conversation_seconds = excluded.conversation_seconds, agent_talk_seconds = excluded.agent_talk_seconds,
            customer_talk_seconds = excluded.customer_talk_seconds, agent_talk_share = excluded.agent_talk_share,
            silence_seconds = excluded.silence_seconds, silence_count = excluded.silence_count,
            longest_silence_seconds = excluded.longest_silence_seconds, talk_over_count = excluded.talk_over_count,
            talk_over_seconds = excluded.talk_over_seconds, first_agent_answer_seconds = excluded.first_agent_answer_seconds,
            hold_seconds = excluded.hold_seconds, hold_count = excluded.hold_count, segments = excluded.segments,
            possible_holds = excluded.possible_holds, warnings = excluded.warnings,
            compared_with_transcript = excluded.compared_with_transcript, disagreement_count = excluded.disagreement_count,
            disagreements = excluded.disagreements, content_hash = excluded.content_hash, last_run_id = excluded.last_run_id
        """;

    public static async Task<IReadOnlyList<UpsertResult>> UpsertAsync(
        DbDataSource dataSource, long runId, IReadOnlyList<SourcedAudio> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new UpsertResult[batch.Count];
        if (batch.Count == 0)
        {
            return results;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var gate = await ContactFileBatch.LoadAsync(connection, transaction, "audio_measures", batch.Select(a => a.CallId), cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (gate.Refusal(item.CallId, item.File, runId, out var stored) is { } refusal)
            {
                results[i] = refusal;
                continue;
            }

            var row = Row(item, runId);
            results[i] = new UpsertResult(
                stored is null ? UpsertOutcome.Inserted
                : string.Equals(stored.ContentHash, row.ContentHash, StringComparison.Ordinal) ? UpsertOutcome.Unchanged
                : UpsertOutcome.Updated);
            await connection.ExecuteAsync(new CommandDefinition(Upsert, row, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static AudioRow Row(SourcedAudio item, long runId)
    {
        var a = item.Activity;
        var segments = JsonSerializer.Serialize(a.Channels.Select(c => new
        {
            channel = c.Channel,
            role = c.Role is { } role ? SpeakerNames.ToName(role) : null,
            noise_floor_db = Math.Round(c.NoiseFloorDb, 2),
            threshold_db = Math.Round(c.ThresholdDb, 2),
            segments = Intervals(c.Segments),
        }));
        var holds = JsonSerializer.Serialize(Intervals(a.PossibleHolds));
        var warnings = JsonSerializer.Serialize(a.Warnings);
        var disagreements = JsonSerializer.Serialize(item.Disagreements.Select(d => new
        {
            metric = d.Metric,
            audio = d.AudioValue,
            transcript = d.TranscriptValue,
            explanation = d.Explanation,
        }));
        var row = new AudioRow
        {
            CallId = item.CallId,
            SourceFile = item.File,
            Codec = a.Format.Codec,
            Encoding = a.Format.Encoding.ToString(),
            SampleRate = a.Format.SampleRate,
            Channels = a.Format.Channels,
            IsStereo = a.IsStereo,
            DurationSeconds = a.DurationSeconds,
            SpeechSeconds = a.SpeechSeconds,
            ConversationSeconds = a.ConversationSeconds,
            AgentTalkSeconds = a.AgentTalkSeconds,
            CustomerTalkSeconds = a.CustomerTalkSeconds,
            AgentTalkShare = a.AgentTalkShare,
            SilenceSeconds = a.SilenceSeconds,
            SilenceCount = a.SilenceCount,
            LongestSilenceSeconds = a.LongestSilenceSeconds,
            TalkOverCount = a.TalkOverCount,
            TalkOverSeconds = a.TalkOverSeconds,
            FirstAgentAnswerSeconds = a.FirstAgentAnswerSeconds,
            HoldSeconds = a.HoldSeconds,
            HoldCount = a.IsStereo ? a.PossibleHolds.Count : null,
            Segments = segments,
            PossibleHolds = holds,
            Warnings = warnings,
            ComparedWithTranscript = item.ComparedWithTranscript,
            DisagreementCount = item.Disagreements.Count,
            Disagreements = disagreements,
            RunId = runId,
        };
        return row with { ContentHash = Hash(row) };
    }

    /// <summary>Intervals as <c>[[start, end], …]</c> in seconds, rounded to milliseconds (the frames are 20 ms).</summary>
    private static double[][] Intervals(IReadOnlyList<SecondsInterval> intervals) =>
        [.. intervals.Select(s => new[] { Math.Round(s.StartSeconds, 3), Math.Round(s.EndSeconds, 3) })];

    /// <summary>A hash of every stored value except the run, so an unchanged rerun is told from a changed file or new options.</summary>
    private static string Hash(AudioRow row)
    {
        var text = string.Join('\u001f', new object?[]
        {
            row.SourceFile, row.Codec, row.Encoding, row.SampleRate, row.Channels, row.IsStereo, row.DurationSeconds, row.SpeechSeconds,
            row.ConversationSeconds, row.AgentTalkSeconds, row.CustomerTalkSeconds, row.AgentTalkShare, row.SilenceSeconds,
            row.SilenceCount, row.LongestSilenceSeconds, row.TalkOverCount, row.TalkOverSeconds, row.FirstAgentAnswerSeconds,
            row.HoldSeconds, row.HoldCount, row.Segments, row.PossibleHolds, row.Warnings, row.ComparedWithTranscript, row.Disagreements,
        }.Select(v => v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v?.ToString() ?? string.Empty));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private sealed record AudioRow
    {
        public string CallId { get; init; } = string.Empty;
        public string SourceFile { get; init; } = string.Empty;
        public string Codec { get; init; } = string.Empty;
        public string Encoding { get; init; } = string.Empty;
        public int SampleRate { get; init; }
        public int Channels { get; init; }
        public bool IsStereo { get; init; }
        public double DurationSeconds { get; init; }
        public double SpeechSeconds { get; init; }
        public double? ConversationSeconds { get; init; }
        public double? AgentTalkSeconds { get; init; }
        public double? CustomerTalkSeconds { get; init; }
        public double? AgentTalkShare { get; init; }
        public double? SilenceSeconds { get; init; }
        public int? SilenceCount { get; init; }
        public double? LongestSilenceSeconds { get; init; }
        public int? TalkOverCount { get; init; }
        public double? TalkOverSeconds { get; init; }
        public double? FirstAgentAnswerSeconds { get; init; }
        public double? HoldSeconds { get; init; }
        public int? HoldCount { get; init; }
        public string Segments { get; init; } = "[]";
        public string PossibleHolds { get; init; } = "[]";
        public string Warnings { get; init; } = "[]";
        public bool ComparedWithTranscript { get; init; }
        public int DisagreementCount { get; init; }
        public string Disagreements { get; init; } = "[]";
        public string ContentHash { get; init; } = string.Empty;
        public long RunId { get; init; }
    }
}
