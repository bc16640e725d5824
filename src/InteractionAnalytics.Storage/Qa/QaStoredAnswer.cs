using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Storage.Qa;

/// <summary>One question's answer in a stored evaluation (a row of <c>qa_answers</c>, or an unanswered question).</summary>
/// <param name="QuestionId">The form question it answers.</param>
/// <param name="Answer">The answer now; <see langword="null"/> while unanswered (a draft without an automatic answer).</param>
/// <param name="AutoAnswer">What the transcript said when the evaluation started; <see langword="null"/> for a question
/// without an automatic item or a contact without a transcript.</param>
/// <param name="AutoEvidence">The phrase behind a "yes" automatic answer; <see langword="null"/> when not found.</param>
/// <param name="Adjusted">The analyst changed the automatic answer.</param>
/// <param name="Points">Points earned (the weight for "yes", else 0).</param>
/// <param name="MaxPoints">Points possible (the weight for "yes" or "no", 0 for N/A).</param>
/// <param name="Comment">The analyst's comment on the question, as typed (never markup).</param>
public sealed record QaStoredAnswer(
    string QuestionId, QaAnswer? Answer, QaAnswer? AutoAnswer, QaEvidence? AutoEvidence, bool Adjusted, double Points, double MaxPoints, string? Comment);
