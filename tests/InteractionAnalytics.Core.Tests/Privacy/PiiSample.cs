using InteractionAnalytics.Core.Privacy;

namespace InteractionAnalytics.Core.Tests.Privacy;

/// <summary>One labelled utterance of the PII test set: the text and where each value in it is.</summary>
/// <param name="Text">The utterance.</param>
/// <param name="Labels">Every value in it: its kind and span (end exclusive).</param>
/// <param name="Style">How the values were written, for the per-style report (e.g. <c>card/spoken-commas</c>; <c>negative/amount</c>).</param>
internal sealed record PiiSample(string Text, IReadOnlyList<PiiFinding> Labels, string Style);
