using System.Data.Common;
using System.Text.Json;
using Dapper;
using InteractionAnalytics.Core.Measures;
using InteractionAnalytics.Core.Resolution;

namespace InteractionAnalytics.Storage;

/// <summary>Stores a contact's <see cref="ConversationMeasures"/> in <c>conversation_measures</c>, replacing earlier ones.</summary>
internal static class MeasuresWriter
{
    private const string Upsert = """
        INSERT INTO conversation_measures (
            call_id, sentiment_analyzer, turn_sentiments, customer_sentiment_start, customer_sentiment_end,
            customer_sentiment_change, customer_sentiment_mean, dynamics_status, conversation_seconds, agent_talk_seconds,
            customer_talk_seconds, agent_talk_share, hold_seconds, silence_seconds, silence_count, longest_silence_seconds,
            talk_over_count, talk_over_seconds, first_agent_answer_seconds, resolution, resolution_confidence,
            resolution_evidence, run_id)
        VALUES (
            @CallId, @SentimentAnalyzer, @TurnSentiments, @SentimentStart, @SentimentEnd,
            @SentimentChange, @SentimentMean, @DynamicsStatus, @ConversationSeconds, @AgentTalkSeconds,
            @CustomerTalkSeconds, @AgentTalkShare, @HoldSeconds, @SilenceSeconds, @SilenceCount, @LongestSilenceSeconds,
            @TalkOverCount, @TalkOverSeconds, @FirstAgentAnswerSeconds, @Resolution, @ResolutionConfidence,
            @ResolutionEvidence, @RunId)
        ON CONFLICT (call_id) DO UPDATE SET
            sentiment_analyzer = excluded.sentiment_analyzer, turn_sentiments = excluded.turn_sentiments,
            customer_sentiment_start = excluded.customer_sentiment_start, customer_sentiment_end = excluded.customer_sentiment_end,
            customer_sentiment_change = excluded.customer_sentiment_change, customer_sentiment_mean = excluded.customer_sentiment_mean,
            dynamics_status = excluded.dynamics_status, conversation_seconds = excluded.conversation_seconds,
            agent_talk_seconds = excluded.agent_talk_seconds, customer_talk_seconds = excluded.customer_talk_seconds,
            agent_talk_share = excluded.agent_talk_share, hold_seconds = excluded.hold_seconds,
            silence_seconds = excluded.silence_seconds, silence_count = excluded.silence_count,
            longest_silence_seconds = excluded.longest_silence_seconds, talk_over_count = excluded.talk_over_count,
            talk_over_seconds = excluded.talk_over_seconds, first_agent_answer_seconds = excluded.first_agent_answer_seconds,
            resolution = excluded.resolution, resolution_confidence = excluded.resolution_confidence,
            resolution_evidence = excluded.resolution_evidence, run_id = excluded.run_id
        """;

    public static async Task UpsertAsync(
        DbConnection connection, DbTransaction transaction, long runId, string callId, ConversationMeasures? measures, CancellationToken cancellationToken)
    {
        if (measures is null)
        {
            return;
        }

        var d = measures.Dynamics;
        var s = measures.Sentiment;
        await connection.ExecuteAsync(new CommandDefinition(Upsert, new
        {
            CallId = callId,
            measures.SentimentAnalyzer,
            TurnSentiments = JsonSerializer.Serialize(measures.TurnSentiments.Select(v => Math.Round(v, 4))),
            SentimentStart = s.StartScore,
            SentimentEnd = s.EndScore,
            SentimentChange = s.Change,
            SentimentMean = s.MeanScore,
            DynamicsStatus = d.Status.ToString().ToLowerInvariant(),
            d.ConversationSeconds,
            d.AgentTalkSeconds,
            d.CustomerTalkSeconds,
            d.AgentTalkShare,
            d.HoldSeconds,
            d.SilenceSeconds,
            d.SilenceCount,
            d.LongestSilenceSeconds,
            d.TalkOverCount,
            d.TalkOverSeconds,
            d.FirstAgentAnswerSeconds,
            Resolution = ResolutionOutcomeNames.ToName(measures.Resolution.Outcome),
            ResolutionConfidence = measures.Resolution.Confidence,
            ResolutionEvidence = EvidenceJson(measures.Resolution),
            RunId = runId,
        }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>The counted hits, as a small JSON array: rule, outcome, turn, offsets and text.</summary>
    private static string EvidenceJson(ResolutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var e in result.Evidence.Where(e => e.Counted))
            {
                json.WriteStartObject();
                json.WriteString("rule", e.RuleId);
                json.WriteString("outcome", ResolutionOutcomeNames.ToName(e.Outcome));
                json.WriteNumber("turn", e.TurnIndex);
                json.WriteNumber("start", e.Start);
                json.WriteNumber("end", e.End);
                json.WriteString("text", e.Text);
                json.WriteNumber("contribution", Math.Round(e.Contribution, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
