namespace InteractionAnalytics.Storage.Browsing;

/// <summary>One contact in a list: what a supervisor scans before opening it.</summary>
/// <param name="CallId">The contact.</param>
/// <param name="StartedAt">When it started, in the export's offset.</param>
/// <param name="AgentId">The agent; <see langword="null"/> when the export has none (e.g. abandoned).</param>
/// <param name="Team">The agent's team.</param>
/// <param name="Queue">The queue.</param>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Direction"><c>inbound</c> or <c>outbound</c>.</param>
/// <param name="Abandoned">Whether the customer left before an agent answered.</param>
/// <param name="HandleSeconds">Talk + hold + after-call work, in seconds (0 when abandoned).</param>
/// <param name="TransferCount">Transfers.</param>
/// <param name="Intent">The effective intent (latest correction, else the model's); <see langword="null"/> when unclassified.</param>
/// <param name="IntentConfidence">The model's confidence in its intent, 0..1; <see langword="null"/> when unclassified or the intent was corrected.</param>
/// <param name="RootCause">The effective root cause.</param>
/// <param name="RootCauseConfidence">The model's confidence in its root cause; <see langword="null"/> when unclassified or corrected.</param>
/// <param name="Corrected">Whether a supervisor corrected either label.</param>
/// <param name="Outcome">The repeat outcome (<c>contact_outcomes.outcome</c>), when computed.</param>
/// <param name="Resolution">Resolution from the closing turns (<c>resolved</c>, <c>unresolved</c>, <c>unknown</c>), when measured.</param>
public sealed record ContactListItem(
    string CallId,
    DateTimeOffset StartedAt,
    string? AgentId,
    string? Team,
    string? Queue,
    string Channel,
    string Direction,
    bool Abandoned,
    double HandleSeconds,
    int TransferCount,
    string? Intent,
    double? IntentConfidence,
    string? RootCause,
    double? RootCauseConfidence,
    bool Corrected,
    string? Outcome,
    string? Resolution);
