using System.Globalization;
using InteractionAnalytics.Core.Dynamics;

namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// Compares what a call's recording shows with what its transcript's turn times show, metric by metric, and reports
/// where they disagree: a swapped channel mapping, a transcript of another call, or speech the transcript left out. Pure
/// and thread-safe; the rule is in docs/audio.md, "Audio and transcript".
/// </summary>
public static class AudioTranscriptComparison
{
    private const string SwappedHint =
        "the agent and customer totals match when swapped, so the channel mapping looks reversed (set AgentChannel and CustomerChannel)";

    /// <summary>
    /// The metrics on which <paramref name="audio"/> and <paramref name="transcript"/> disagree. A metric is compared only
    /// when both sides have it, so an untimed transcript gives no disagreements and a mono recording only conversation and
    /// silence ones. It disagrees when |audio − transcript| &gt; max(absolute tolerance, relative tolerance × the larger
    /// value). Additionally, a transcript whose conversation lasts longer than the whole recording (beyond the same
    /// tolerance) is reported as <c>DurationSeconds</c>.
    /// </summary>
    /// <param name="audio">The recording's metrics.</param>
    /// <param name="transcript">The transcript's dynamics, e.g. from <see cref="ConversationDynamics.Compute"/>.</param>
    /// <param name="options">The tolerances; <see langword="null"/> for <see cref="AudioComparisonOptions.Default"/> (5 s, 20 %).</param>
    /// <returns>The disagreements, in the order conversation, agent talk, customer talk, silence, longest silence, talk-over, duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audio"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<AudioDisagreement> Compare(AudioActivityResult audio, DynamicsResult transcript, AudioComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(transcript);
        options ??= AudioComparisonOptions.Default;
        options.Validate();

        var disagreements = new List<AudioDisagreement>();
        if (!transcript.IsComputed)
        {
            return disagreements;
        }

        var swapped = LooksSwapped(audio, transcript, options);
        Check(disagreements, options, "ConversationSeconds", "conversation length (first to last speech)",
            audio.ConversationSeconds, transcript.ConversationSeconds,
            "the recording may belong to another call, or hold the ring or IVR the transcript leaves out");
        Check(disagreements, options, "AgentTalkSeconds", "agent talk", audio.AgentTalkSeconds, transcript.AgentTalkSeconds,
            swapped ? SwappedHint : "the transcript may miss agent speech, or the agent channel may carry other sound (music, prompts)");
        Check(disagreements, options, "CustomerTalkSeconds", "customer talk", audio.CustomerTalkSeconds, transcript.CustomerTalkSeconds,
            swapped ? SwappedHint : "the transcript may miss customer speech (backchannels, unclear words), or the customer channel may carry noise");
        Check(disagreements, options, "SilenceSeconds", "silence", audio.SilenceSeconds, transcript.SilenceSeconds, SilenceHint(audio, transcript));
        Check(disagreements, options, "LongestSilenceSeconds", "longest silence", audio.LongestSilenceSeconds, transcript.LongestSilenceSeconds,
            SilenceHint(audio, transcript));
        Check(disagreements, options, "TalkOverSeconds", "talk-over", audio.TalkOverSeconds, transcript.TalkOverSeconds,
            "audio counts every overlap, including backchannels (\"mm-hm\") and echo that transcripts often leave out or retime");

        var allowed = options.AbsoluteToleranceSeconds;
        if (transcript.ConversationSeconds is { } conversation && conversation - audio.DurationSeconds > allowed)
        {
            disagreements.Add(new AudioDisagreement("DurationSeconds", audio.DurationSeconds, conversation, string.Create(CultureInfo.InvariantCulture,
                $"the transcript's conversation lasts {conversation:0.0} s but the recording only {audio.DurationSeconds:0.0} s (more than {allowed:0.0} s longer): the recording is cut short or belongs to another call")));
        }

        return disagreements;
    }

    private static string SilenceHint(AudioActivityResult audio, DynamicsResult transcript) =>
        audio.HoldSeconds > 0 && transcript.HoldSeconds is not > 0
            ? "the recording reports long quiet stretches (20 s or more by default) as possible hold, not silence, "
                + "while the transcript declares no hold"
            : "a party's background noise or a quiet speaker can hide or make silence in the audio, and transcripts round turn times";

    private static void Check(
        List<AudioDisagreement> disagreements,
        AudioComparisonOptions options,
        string metric,
        string label,
        double? audio,
        double? transcript,
        string hint)
    {
        if (audio is not { } a || transcript is not { } t)
        {
            return;
        }

        var allowed = Allowed(options, a, t);
        var difference = Math.Abs(a - t);
        if (difference > allowed)
        {
            disagreements.Add(new AudioDisagreement(metric, a, t, string.Create(CultureInfo.InvariantCulture,
                $"{label}: the recording shows {a:0.0} s, the transcript {t:0.0} s; they differ by {difference:0.0} s, more than the {allowed:0.0} s allowed; {hint}")));
        }
    }

    private static double Allowed(AudioComparisonOptions options, double audio, double transcript) =>
        Math.Max(options.AbsoluteToleranceSeconds, options.RelativeTolerance * Math.Max(Math.Abs(audio), Math.Abs(transcript)));

    private static bool LooksSwapped(AudioActivityResult audio, DynamicsResult transcript, AudioComparisonOptions options)
    {
        if (audio.AgentTalkSeconds is not { } agent || audio.CustomerTalkSeconds is not { } customer
            || transcript.AgentTalkSeconds is not { } transcriptAgent || transcript.CustomerTalkSeconds is not { } transcriptCustomer)
        {
            return false;
        }

        bool Agrees(double a, double t) => Math.Abs(a - t) <= Allowed(options, a, t);
        return !Agrees(agent, transcriptAgent) && !Agrees(customer, transcriptCustomer)
            && Agrees(agent, transcriptCustomer) && Agrees(customer, transcriptAgent);
    }
}
