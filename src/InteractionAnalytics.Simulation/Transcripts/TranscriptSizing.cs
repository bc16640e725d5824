namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>
/// Steers the length of conversations towards a target average size of their JSON transcripts
/// (<see cref="SimulationOptions.TranscriptBytes"/>). Each call keeps the default shape, its middle exchanges following its
/// talk time, but the number of exchanges per talk second is scaled by one factor for the whole run; after each transcript
/// the factor moves a small step towards the size still missing, so the run's mean converges on the target. Deterministic:
/// the factor depends only on the transcripts composed before, in order. Not thread-safe: one per run.
/// </summary>
internal sealed class TranscriptSizing
{
    /// <summary>The default simulator's mean JSON transcript size, in bytes, that the first factor is scaled from.</summary>
    public const int DefaultMeanBytes = 4300;

    /// <summary>
    /// Estimated JSON bytes a turn adds besides its text (indentation, speaker, start and end); measured on the committed sample.
    /// </summary>
    public const int BytesPerTurn = 95;

    /// <summary>Estimated JSON bytes of a transcript besides its turns (call id, language, brackets).</summary>
    public const int BytesPerTranscript = 60;

    /// <summary>How far the factor moves per transcript, as a share of the relative miss (0..1).</summary>
    private const double Gain = 0.02;

    private readonly int _targetBytes;
    private double _scale;

    /// <summary>Creates the sizing for a target average of <paramref name="targetBytes"/> bytes per JSON transcript.</summary>
    public TranscriptSizing(int targetBytes)
    {
        _targetBytes = targetBytes;
        _scale = (double)targetBytes / DefaultMeanBytes;
    }

    /// <summary>
    /// Middle exchanges for a call of <paramref name="talkSeconds"/>: the default rate (one per
    /// <see cref="TranscriptComposer.SecondsPerExchange"/> after the first 90 s) times the current factor, at least 1 and at
    /// most <see cref="TranscriptComposer.MaxExchanges"/> times the factor (when above 1).
    /// </summary>
    public int ExchangesFor(int talkSeconds)
    {
        var cap = (int)Math.Ceiling(TranscriptComposer.MaxExchanges * Math.Max(1, _scale));
        var scaled = Math.Round(Math.Max(0, talkSeconds - 90) / (double)TranscriptComposer.SecondsPerExchange * _scale);
        return (int)Math.Clamp(scaled, 1, cap);
    }

    /// <summary>Records a composed conversation and moves the factor towards the target.</summary>
    public void Observe(IReadOnlyList<Utterance> utterances)
    {
        long bytes = BytesPerTranscript;
        foreach (var utterance in utterances)
        {
            bytes += utterance.Text.Length + BytesPerTurn;
        }

        var miss = (_targetBytes - (double)bytes) / _targetBytes;
        _scale = Math.Max(0.05, _scale * (1 + Gain * Math.Clamp(miss, -1, 1)));
    }
}
