namespace InteractionAnalytics.Core.Classification.Corrections;

/// <summary>A supervisor's correction of a contact's labels; the audit trail keeps who, when, before, after and why.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="Intent">The correct intent, or <see langword="null"/> to leave the intent as it is.</param>
/// <param name="RootCause">The correct root cause, or <see langword="null"/> to leave it as it is.</param>
/// <param name="Reason">Why (required: a correction without a reason cannot be reviewed later).</param>
/// <param name="CorrectedBy">Who made it.</param>
/// <param name="CorrectedAt">When.</param>
public sealed record ClassificationCorrection(
    string CallId, string? Intent, string? RootCause, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);
