using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Core.Scorecards;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Dialects;

namespace InteractionAnalytics.Storage.Coaching;

/// <summary>
/// The coaching queue (<c>coaching_items</c>, <c>coaching_notes</c>): items flagged for an agent, from QA evaluations,
/// agent root causes or by hand, and the coaches' notes. Generated flags carry a unique source key, so generating them
/// again never duplicates an item and never reopens a closed one. Every manual flag, note and close is audited in its
/// own transaction.
/// </summary>
public sealed class CoachingStore
{
    private const string ItemColumns = """
        item_id AS ItemId, agent_id AS AgentId, call_id AS CallId, reason_kind AS ReasonKind, reason AS Reason, status AS Status,
        created_by AS CreatedBy, created_at AS CreatedAt, closed_by AS ClosedBy, closed_at AS ClosedAt
        """;

    // (a) Submitted evaluations with a critical failure or a score below the threshold: one item per evaluation. The agent
    // is the contact's (as contact access decides), else the evaluation's. "WHERE" before ON CONFLICT keeps SQLite's parser
    // from reading the conflict clause as a join constraint.
    private static string QaFlagsSql(SqlDialect d) => $"""
        INSERT INTO coaching_items (agent_id, call_id, reason_kind, reason, source_key, status, created_by, created_at)
        SELECT COALESCE(c.agent_id, q.agent_id), q.call_id,
               CASE WHEN q.critical_failed = 1 THEN 'qa_critical_fail' ELSE 'qa_low_score' END,
               CASE WHEN q.critical_failed = 1
                    THEN 'QA evaluation ' || q.evaluation_id || ' failed a critical question' ||
                         CASE WHEN q.score IS NULL THEN '' ELSE ' (score ' || {d.TwoDecimals("q.score")} || ')' END
                    ELSE 'QA evaluation ' || q.evaluation_id || ' scored ' || {d.TwoDecimals("q.score")} || ', below ' || {d.TwoDecimals("@Threshold")} END,
               'qa:' || q.evaluation_id, 'open', @By, @At
        FROM qa_evaluations q JOIN contacts c ON c.call_id = q.call_id
        WHERE q.status = 'submitted' AND COALESCE(c.agent_id, q.agent_id) IS NOT NULL
          AND (q.critical_failed = 1 OR (q.score IS NOT NULL AND q.score < @Threshold))
        ORDER BY q.evaluation_id
        ON CONFLICT (source_key) DO NOTHING
        """;

    private static readonly string CorrectedRootCause = CorrectionSql.Latest("root_cause", "c.call_id");

    // (b) Contacts whose effective root cause is the agent: corrected to it, or the model's at the minimum confidence.
    private static string RootCauseFlagsSql(SqlDialect d) => $"""
        INSERT INTO coaching_items (agent_id, call_id, reason_kind, reason, source_key, status, created_by, created_at)
        SELECT x.agent_id, x.call_id, 'agent_root_cause',
               CASE WHEN x.corrected IS NOT NULL THEN 'Root cause corrected to agent by a supervisor'
                    ELSE 'Root cause agent (model, confidence ' || {d.TwoDecimals("x.confidence")} || ')' END,
               'root_cause:' || x.call_id, 'open', @By, @At
        FROM (SELECT c.agent_id, c.call_id, c.started_at_utc, cl.root_cause, cl.root_cause_confidence AS confidence,
                     {CorrectedRootCause} AS corrected
              FROM contacts c JOIN contact_classifications cl ON cl.call_id = c.call_id
              WHERE c.agent_id IS NOT NULL) x
        WHERE x.corrected = '{Scorecard.AgentRootCause}'
           OR (x.corrected IS NULL AND x.root_cause = '{Scorecard.AgentRootCause}' AND x.confidence >= @MinConfidence)
        ORDER BY x.started_at_utc, x.call_id
        ON CONFLICT (source_key) DO NOTHING
        """;

    private readonly DbDataSource _dataSource;
    private readonly string _qaFlagsSql;
    private readonly string _rootCauseFlagsSql;

    internal CoachingStore(DbDataSource dataSource, SqlDialect dialect)
    {
        _dataSource = dataSource;
        _qaFlagsSql = QaFlagsSql(dialect);
        _rootCauseFlagsSql = RootCauseFlagsSql(dialect);
    }

    /// <summary>
    /// Creates an open item for every flag that has none yet (QA evaluations, then agent root causes), created by
    /// <see cref="CoachingFlagRules.SystemUser"/> at <paramref name="at"/>, and returns how many it created. Idempotent:
    /// a flag whose item exists, open or closed, is skipped.
    /// </summary>
    public async Task<int> RefreshFlagsAsync(CoachingFlagRules rules, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var args = new
        {
            Threshold = rules.QaScoreThreshold,
            MinConfidence = rules.MinRootCauseConfidence,
            By = CoachingFlagRules.SystemUser,
            At = StorageFormat.Timestamp(at),
        };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = await connection.ExecuteAsync(new CommandDefinition(_qaFlagsSql, args, transaction, cancellationToken: cancellationToken));
        created += await connection.ExecuteAsync(new CommandDefinition(_rootCauseFlagsSql, args, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>
    /// Flags contact <paramref name="callId"/> for coaching of its agent by hand, with <paramref name="reason"/>, and audits
    /// it on the contact in the same transaction. When the contact already has an open manual item, that item is returned
    /// and nothing is written. <see langword="null"/> when the contact does not exist or has no agent (abandoned).
    /// </summary>
    public async Task<CoachingFlagResult?> FlagAsync(string callId, string reason, string user, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var agentId = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT agent_id FROM contacts WHERE call_id = @CallId", new { CallId = callId }, transaction, cancellationToken: cancellationToken));
        if (agentId is null)
        {
            return null;
        }

        var existing = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT MIN(item_id) FROM coaching_items WHERE call_id = @CallId AND reason_kind = @Kind AND status = @Open",
            new { CallId = callId, Kind = CoachingReasonKinds.Manual, Open = CoachingStatuses.Open }, transaction, cancellationToken: cancellationToken));
        if (existing is { } open)
        {
            return new CoachingFlagResult(open, Created: false);
        }

        // Manual flags have no natural key; the first free sequence number per contact makes each one unique.
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM coaching_items WHERE call_id = @CallId AND reason_kind = @Kind",
            new { CallId = callId, Kind = CoachingReasonKinds.Manual }, transaction, cancellationToken: cancellationToken));
        var itemId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO coaching_items (agent_id, call_id, reason_kind, reason, source_key, status, created_by, created_at)
            VALUES (@AgentId, @CallId, @Kind, @Reason, @SourceKey, @Open, @User, @At)
            RETURNING item_id
            """, new
        {
            AgentId = agentId,
            CallId = callId,
            Kind = CoachingReasonKinds.Manual,
            Reason = reason,
            SourceKey = string.Create(CultureInfo.InvariantCulture, $"manual:{callId}:{count + 1}"),
            Open = CoachingStatuses.Open,
            User = user,
            At = StorageFormat.Timestamp(at),
        }, transaction, cancellationToken: cancellationToken));
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, user, AuditActions.FlagForCoaching, AuditEntities.Contact, callId, null,
            AuditJson.Object(("coaching_item", Key(itemId)), ("agent_id", agentId), ("reason_kind", CoachingReasonKinds.Manual)),
            reason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CoachingFlagResult(itemId, Created: true);
    }

    /// <summary>One page of open items matching <paramref name="query"/>, oldest (lowest item id) first.</summary>
    public async Task<CoachingPage> ListOpenAsync(CoachingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        const string Where = """
            status = 'open' AND (@AgentId IS NULL OR agent_id = @AgentId) AND (@Kind IS NULL OR reason_kind = @Kind)
            AND (@Visible IS NULL OR agent_id = @Visible)
            """;
        var args = new
        {
            query.AgentId,
            Kind = query.ReasonKind,
            Visible = query.VisibleAgentId,
            Limit = query.PageSize,
            Offset = (long)(query.Page - 1) * query.PageSize,
        };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM coaching_items WHERE {Where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ItemRow>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM coaching_items WHERE {Where} ORDER BY item_id LIMIT @Limit OFFSET @Offset", args, cancellationToken: cancellationToken));
        return new CoachingPage([.. rows.Select(r => r.ToItem())], total, query.Page, query.PageSize);
    }

    /// <summary>The agents with open items, for the queue's filter, in ordinal order; only <paramref name="visibleAgentId"/> when given.</summary>
    public async Task<IReadOnlyList<string>> ListAgentsWithOpenItemsAsync(string? visibleAgentId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var agents = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT agent_id FROM coaching_items WHERE status = 'open' AND (@Visible IS NULL OR agent_id = @Visible)",
            new { Visible = visibleAgentId }, cancellationToken: cancellationToken));
        return [.. agents.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Item <paramref name="itemId"/>, or <see langword="null"/> when there is none or it is another agent's than
    /// <paramref name="visibleAgentId"/> (when that is given), so invisible and missing look the same.
    /// </summary>
    public async Task<CoachingItem?> GetAsync(long itemId, string? visibleAgentId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ItemRow>(new CommandDefinition(
            $"SELECT {ItemColumns} FROM coaching_items WHERE item_id = @ItemId AND (@Visible IS NULL OR agent_id = @Visible)",
            new { ItemId = itemId, Visible = visibleAgentId }, cancellationToken: cancellationToken));
        return row?.ToItem();
    }

    /// <summary>The notes of item <paramref name="itemId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<CoachingNote>> ListNotesAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<NoteRow>(new CommandDefinition(
            "SELECT note_id AS NoteId, item_id AS ItemId, author AS Author, at AS At, text AS Text FROM coaching_notes WHERE item_id = @ItemId ORDER BY note_id",
            new { ItemId = itemId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CoachingNote(r.NoteId, r.ItemId, r.Author, StorageFormat.ParseTimestamp(r.At), r.Text))];
    }

    /// <summary>
    /// Adds a note by <paramref name="user"/> to open item <paramref name="itemId"/>, audited in the same transaction;
    /// <see langword="false"/> (nothing written) when the item does not exist or is closed.
    /// </summary>
    public async Task<bool> AddNoteAsync(long itemId, string text, string user, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await IsOpenAsync(connection, transaction, itemId, cancellationToken))
        {
            return false;
        }

        await InsertNoteAsync(connection, transaction, itemId, text, user, at, cancellationToken);
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, user, AuditActions.AddCoachingNote, AuditEntities.CoachingItem, Key(itemId), null, AuditJson.Object(("note", text)), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Closes open item <paramref name="itemId"/> with a closing note by <paramref name="user"/>: the note, the status and the
    /// audit entry (before open, after closed, reason the note) in one transaction. <see langword="false"/> (nothing written)
    /// when the item does not exist or is already closed.
    /// </summary>
    public async Task<bool> CloseAsync(long itemId, string closingNote, string user, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(closingNote);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await IsOpenAsync(connection, transaction, itemId, cancellationToken))
        {
            return false;
        }

        await InsertNoteAsync(connection, transaction, itemId, closingNote, user, at, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE coaching_items SET status = @Closed, closed_by = @User, closed_at = @At WHERE item_id = @ItemId",
            new { Closed = CoachingStatuses.Closed, User = user, At = StorageFormat.Timestamp(at), ItemId = itemId }, transaction, cancellationToken: cancellationToken));
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, user, AuditActions.CloseCoachingItem, AuditEntities.CoachingItem, Key(itemId),
            AuditJson.Object(("status", CoachingStatuses.Open)), AuditJson.Object(("status", CoachingStatuses.Closed)), closingNote), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The audit log's key of an item.</summary>
    public static string Key(long itemId) => itemId.ToString(CultureInfo.InvariantCulture);

    private static async Task<bool> IsOpenAsync(DbConnection connection, DbTransaction transaction, long itemId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM coaching_items WHERE item_id = @ItemId AND status = @Open",
            new { ItemId = itemId, Open = CoachingStatuses.Open }, transaction, cancellationToken: cancellationToken)) == 1;

    private static Task<int> InsertNoteAsync(
        DbConnection connection, DbTransaction transaction, long itemId, string text, string user, DateTimeOffset at, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO coaching_notes (item_id, author, at, text) VALUES (@ItemId, @Author, @At, @Text)",
            new { ItemId = itemId, Author = user, At = StorageFormat.Timestamp(at), Text = text }, transaction, cancellationToken: cancellationToken));

    private sealed class ItemRow
    {
        public long ItemId { get; init; }
        public string AgentId { get; init; } = string.Empty;
        public string? CallId { get; init; }
        public string ReasonKind { get; init; } = string.Empty;
        public string Reason { get; init; } = string.Empty;
        public string Status { get; init; } = string.Empty;
        public string CreatedBy { get; init; } = string.Empty;
        public string CreatedAt { get; init; } = string.Empty;
        public string? ClosedBy { get; init; }
        public string? ClosedAt { get; init; }

        public CoachingItem ToItem() => new(
            ItemId, AgentId, CallId, ReasonKind, Reason, Status, CreatedBy, StorageFormat.ParseTimestamp(CreatedAt),
            ClosedBy, ClosedAt is null ? null : StorageFormat.ParseTimestamp(ClosedAt));
    }

    private sealed class NoteRow
    {
        public long NoteId { get; init; }
        public long ItemId { get; init; }
        public string Author { get; init; } = string.Empty;
        public string At { get; init; } = string.Empty;
        public string Text { get; init; } = string.Empty;
    }
}
