namespace InteractionAnalytics.Core.Qa;

/// <summary>
/// Scores an evaluation (docs/metrics.md, "QA score"): points earned / points possible over the questions not answered
/// N/A, 0..1, a question's weight being its points; any critical question answered "no" fails the evaluation (final score
/// 0, the usual QA "auto-fail"); every question N/A gives no score.
/// </summary>
public static class QaScoring
{
    /// <summary>The points a question earns for an answer and the points it makes possible: (weight, weight) for "yes",
    /// (0, weight) for "no", (0, 0) for N/A.</summary>
    public static (double Points, double MaxPoints) Points(QaQuestion question, QaAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        return answer switch
        {
            QaAnswer.Yes => (question.Weight, question.Weight),
            QaAnswer.No => (0, question.Weight),
            _ => (0, 0),
        };
    }

    /// <summary>
    /// What keeps <paramref name="answers"/> from being scored against <paramref name="form"/>: questions without an answer,
    /// N/A where the question does not allow it, answers to questions the form does not have. Empty when it can be scored.
    /// </summary>
    public static IReadOnlyList<string> Problems(QaForm form, IReadOnlyDictionary<string, QaAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<string>();
        foreach (var question in form.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer))
            {
                problems.Add($"Question '{question.Id}' has no answer.");
            }
            else if (answer == QaAnswer.NotApplicable && !question.AllowNotApplicable)
            {
                problems.Add($"Question '{question.Id}' does not allow N/A.");
            }
        }

        foreach (var id in answers.Keys)
        {
            if (form.FindQuestion(id) is null)
            {
                problems.Add($"The form has no question '{id}'.");
            }
        }

        return problems;
    }

    /// <summary>Scores a complete set of answers.</summary>
    /// <exception cref="ArgumentException">The answers cannot be scored (see <see cref="Problems"/>).</exception>
    public static QaScore Score(QaForm form, IReadOnlyDictionary<string, QaAnswer> answers)
    {
        var problems = Problems(form, answers);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(answers));
        }

        double earned = 0, possible = 0;
        var criticalFailed = false;
        foreach (var question in form.Questions)
        {
            var answer = answers[question.Id];
            var (points, max) = Points(question, answer);
            earned += points;
            possible += max;
            criticalFailed |= question.Critical && answer == QaAnswer.No;
        }

        double? raw = possible > 0 ? earned / possible : null;
        double? score = raw is null ? null : criticalFailed ? 0 : raw;
        return new QaScore(earned, possible, raw, criticalFailed, score);
    }
}
