using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Storage.Qa;

/// <summary>What an analyst saves for one question.</summary>
/// <param name="Answer">The answer; <see langword="null"/> keeps the stored one (or leaves it unanswered).</param>
/// <param name="Comment">The comment; <see langword="null"/> or blank for none.</param>
public sealed record QaAnswerInput(QaAnswer? Answer, string? Comment);
