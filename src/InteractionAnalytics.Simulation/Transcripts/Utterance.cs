using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Simulation.Transcripts;

/// <summary>A turn before it has times.</summary>
/// <param name="Speaker">Who speaks.</param>
/// <param name="Text">What is said.</param>
/// <param name="HoldAfterSeconds">Seconds of hold (silence in the recording) after this turn; 0 for none.</param>
internal sealed record Utterance(Speaker Speaker, string Text, int HoldAfterSeconds = 0);
