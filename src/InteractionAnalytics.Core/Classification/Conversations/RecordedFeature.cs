namespace InteractionAnalytics.Core.Classification.Conversations;

/// <summary>One feature occurrence as recorded for explanation: bucket, value and the token and span it came from.</summary>
internal readonly record struct RecordedFeature(int Bucket, float Value, int Token, int Start, int End);
