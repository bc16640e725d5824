using InteractionAnalytics.Core.Qa;

namespace InteractionAnalytics.Storage.Qa;

/// <summary>One stored evaluation of a contact with its form snapshot and answers.</summary>
public sealed record QaEvaluation
{
    /// <summary>The evaluation's key.</summary>
    public required long EvaluationId { get; init; }

    /// <summary>The evaluated contact.</summary>
    public required string CallId { get; init; }

    /// <summary>The contact's agent when the evaluation started; <see langword="null"/> when the contact had none.</summary>
    public string? AgentId { get; init; }

    /// <summary>The form as it was when the evaluation started.</summary>
    public required QaForm Form { get; init; }

    /// <summary><see cref="QaStatuses.Draft"/> or <see cref="QaStatuses.Submitted"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The final score, 0..1 (0 on a critical fail); <see langword="null"/> for a draft or when every answer is N/A.</summary>
    public double? Score { get; init; }

    /// <summary>The score before the critical rule, 0..1; <see langword="null"/> as <see cref="Score"/>.</summary>
    public double? RawScore { get; init; }

    /// <summary>A critical question was answered "no" (set on submit).</summary>
    public bool CriticalFailed { get; init; }

    /// <summary>The analyst's overall comment, as typed.</summary>
    public string? Comment { get; init; }

    /// <summary>Who started it (a user name).</summary>
    public required string Evaluator { get; init; }

    /// <summary>When it was started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was submitted; <see langword="null"/> for a draft.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Every question of <see cref="Form"/> in form order with its answer (unanswered ones too).</summary>
    public required IReadOnlyList<QaStoredAnswer> Answers { get; init; }

    /// <summary>Whether it is submitted (final).</summary>
    public bool IsSubmitted => Status == QaStatuses.Submitted;

    /// <summary>The answer to <paramref name="questionId"/>.</summary>
    public QaStoredAnswer? AnswerTo(string questionId) => Answers.FirstOrDefault(a => a.QuestionId == questionId);
}
