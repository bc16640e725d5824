namespace InteractionAnalytics.Core.Qa;

/// <summary>The score of one evaluation (docs/metrics.md, "QA score").</summary>
/// <param name="PointsEarned">The weights of the questions answered "yes".</param>
/// <param name="PointsPossible">The weights of the questions answered "yes" or "no" (N/A left out).</param>
/// <param name="RawScore"><paramref name="PointsEarned"/> / <paramref name="PointsPossible"/>, 0..1, before the critical rule;
/// <see langword="null"/> when every question is N/A.</param>
/// <param name="CriticalFailed">A critical question was answered "no".</param>
/// <param name="Score">The final score, 0..1: 0 when <paramref name="CriticalFailed"/>, else <paramref name="RawScore"/>;
/// <see langword="null"/> when every question is N/A.</param>
public sealed record QaScore(double PointsEarned, double PointsPossible, double? RawScore, bool CriticalFailed, double? Score);
