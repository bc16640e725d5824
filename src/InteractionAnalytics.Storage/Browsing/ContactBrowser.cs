using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;

namespace InteractionAnalytics.Storage.Browsing;

/// <summary>
/// Lists, pages and opens contacts for the web app: filters by date, agent, team, queue, effective labels, confidence,
/// resolution, repeat outcome and customer sentiment, sorts, and reads one contact with its transcript and labels. Every
/// query is a constant, parameterised SQL text; an agent's restriction (<see cref="ContactQuery.VisibleAgentId"/>) is
/// one more parameter, never concatenated.
/// </summary>
public sealed class ContactBrowser
{
    private const string From = """
        contacts c
        LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id
        LEFT JOIN contact_outcomes o ON o.call_id = c.call_id
        LEFT JOIN conversation_measures m ON m.call_id = c.call_id
        """;

    private static readonly string CorrectedIntent = CorrectionSql.Latest("intent", "c.call_id");

    private static readonly string CorrectedRootCause = CorrectionSql.Latest("root_cause", "c.call_id");

    private static readonly string Where = $"""
        (@From IS NULL OR c.start_date >= @From) AND (@To IS NULL OR c.start_date <= @To)
        AND (@AgentId IS NULL OR c.agent_id = @AgentId) AND (@Team IS NULL OR c.team = @Team) AND (@Queue IS NULL OR c.queue = @Queue)
        AND (@Intent IS NULL OR COALESCE({CorrectedIntent}, cl.intent) = @Intent)
        AND (@RootCause IS NULL OR COALESCE({CorrectedRootCause}, cl.root_cause) = @RootCause)
        AND (@ConfidenceBelow IS NULL OR (cl.call_id IS NOT NULL
            AND (({CorrectedIntent} IS NULL AND cl.intent_confidence < @ConfidenceBelow)
                 OR ({CorrectedRootCause} IS NULL AND cl.root_cause_confidence < @ConfidenceBelow))))
        AND (@ConfidenceAtLeast IS NULL OR (cl.call_id IS NOT NULL
            AND ({CorrectedIntent} IS NOT NULL OR cl.intent_confidence >= @ConfidenceAtLeast)
            AND ({CorrectedRootCause} IS NOT NULL OR cl.root_cause_confidence >= @ConfidenceAtLeast)))
        AND (@Resolution IS NULL OR m.resolution = @Resolution)
        AND (@Outcome IS NULL OR o.outcome = @Outcome)
        AND (@Sentiment IS NULL
            OR (@Sentiment = 'negative_end' AND m.customer_sentiment_end <= -0.05)
            OR (@Sentiment = 'neutral_end' AND m.customer_sentiment_end > -0.05 AND m.customer_sentiment_end < 0.05)
            OR (@Sentiment = 'positive_end' AND m.customer_sentiment_end >= 0.05)
            OR (@Sentiment = 'worsened' AND m.customer_sentiment_change <= -0.05)
            OR (@Sentiment = 'improved' AND m.customer_sentiment_change >= 0.05))
        AND (@VisibleAgentId IS NULL OR c.agent_id = @VisibleAgentId)
        """;

    private static readonly string Select = $"""
        SELECT c.call_id AS CallId, c.started_at AS StartedAt, c.agent_id AS AgentId, c.team AS Team, c.queue AS Queue,
               c.channel AS Channel, c.direction AS Direction, c.abandoned AS Abandoned, c.handle_seconds AS HandleSeconds,
               c.transfer_count AS TransferCount,
               {CorrectedIntent} AS CorrectedIntent, cl.intent AS ModelIntent, cl.intent_confidence AS IntentConfidence,
               {CorrectedRootCause} AS CorrectedRootCause, cl.root_cause AS ModelRootCause, cl.root_cause_confidence AS RootCauseConfidence,
               o.outcome AS Outcome, m.resolution AS Resolution
        FROM {From}
        WHERE {Where}
        """;

    // The review queue: a contact is in it while its classification is flagged and not corrected, or its speaker roles are
    // flagged and not corrected. Correcting one kind removes that kind; the contact leaves when neither is left. The
    // classification's two reasons (low confidence, rules vs model) are kept apart so the queue can be worked one at a time;
    // both follow from the one "flagged and not corrected" test.
    private const string ReviewQueue = """
        SELECT r.*,
               CASE WHEN r.ClassificationFlagged = 1 AND r.LowConfidence = 1 THEN 1 ELSE 0 END AS LowConfidenceFlagged,
               CASE WHEN r.ClassificationFlagged = 1 AND r.RulesDisagree = 1 THEN 1 ELSE 0 END AS RulesFlagged
        FROM (
            SELECT c.call_id AS CallId, c.started_at AS StartedAt, c.started_at_utc AS StartedAtUtc, c.agent_id AS AgentId, c.team AS Team,
                   CASE WHEN cl.needs_review = 1
                             AND NOT EXISTS (SELECT 1 FROM classification_corrections cc WHERE cc.call_id = c.call_id)
                        THEN 1 ELSE 0 END AS ClassificationFlagged,
                   cl.low_confidence AS LowConfidence,
                   cl.rules_disagree AS RulesDisagree,
                   cl.model_root_cause AS ModelRootCause,
                   cl.rule_root_cause AS RuleRootCause,
                   cl.review_reason AS ClassificationReason,
                   CASE WHEN t.roles_need_review = 1
                             AND NOT EXISTS (SELECT 1 FROM speaker_role_corrections rc WHERE rc.call_id = c.call_id)
                        THEN 1 ELSE 0 END AS RolesFlagged,
                   t.role_review_reason AS RolesReason
            FROM contacts c
            LEFT JOIN contact_classifications cl ON cl.call_id = c.call_id
            LEFT JOIN transcripts t ON t.call_id = c.call_id
            WHERE cl.needs_review = 1 OR t.roles_need_review = 1
        ) r
        """;

    private readonly DbDataSource _dataSource;

    internal ContactBrowser(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>One page of the contacts <paramref name="query"/> selects, with the total count.</summary>
    public async Task<ContactPage> ListAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, 1000);
        var args = Arguments(query);
        args.Add("Limit", query.PageSize);
        args.Add("Offset", (long)(query.Page - 1) * query.PageSize);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {From} WHERE {Where}", args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ListRow>(new CommandDefinition(
            $"{Select} ORDER BY {OrderBy(query.Sort)} LIMIT @Limit OFFSET @Offset", args, cancellationToken: cancellationToken));
        return new ContactPage([.. rows.Select(r => r.ToItem())], total, query.Page, query.PageSize);
    }

    /// <summary>
    /// Every contact <paramref name="query"/> selects, in its order, ignoring its page: read row by row, so an export of
    /// the whole database does not hold it in memory.
    /// </summary>
    public async IAsyncEnumerable<ContactListItem> StreamAsync(ContactQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = connection.QueryUnbufferedAsync<ListRow>($"{Select} ORDER BY {OrderBy(query.Sort)}", Arguments(query));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row.ToItem();
        }
    }

    /// <summary>
    /// The contact <paramref name="callId"/> with its transcript and labels, or <see langword="null"/> when it does not exist
    /// or is not visible to <paramref name="visibleAgentId"/> (see <see cref="ContactQuery.VisibleAgentId"/>).
    /// </summary>
    public async Task<ContactDetail?> GetAsync(string callId, string? visibleAgentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callId);
        var args = new { CallId = callId, VisibleAgentId = visibleAgentId };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DetailRow>(new CommandDefinition($"""
            SELECT c.call_id AS CallId, c.customer_id AS CustomerId, c.agent_id AS AgentId, c.team AS Team, c.queue AS Queue,
                   c.channel AS Channel, c.direction AS Direction, c.disposition AS Disposition, c.started_at AS StartedAt,
                   c.answered_at AS AnsweredAt, c.ended_at AS EndedAt, c.ivr_seconds AS IvrSeconds, c.queue_seconds AS QueueSeconds,
                   c.talk_seconds AS TalkSeconds, c.hold_seconds AS HoldSeconds, c.hold_count AS HoldCount, c.acw_seconds AS AcwSeconds,
                   c.handle_seconds AS HandleSeconds, c.transfer_count AS TransferCount, c.abandoned AS Abandoned,
                   o.outcome AS Outcome, o.next_call_id AS NextCallId,
                   {CorrectedIntent} AS CorrectedIntent, {CorrectedRootCause} AS CorrectedRootCause
            FROM contacts c LEFT JOIN contact_outcomes o ON o.call_id = c.call_id
            WHERE c.call_id = @CallId AND (@VisibleAgentId IS NULL OR c.agent_id = @VisibleAgentId)
            """, args, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var turns = await connection.QueryAsync<TurnRow>(new CommandDefinition("""
            SELECT turn_index AS TurnIndex, speaker AS Speaker, speaker_label AS SpeakerLabel, start_seconds AS StartSeconds,
                   end_seconds AS EndSeconds, text AS Text
            FROM transcript_turns WHERE call_id = @CallId ORDER BY turn_index
            """, args, cancellationToken: cancellationToken));
        var roles = await connection.QueryAsync<RoleRow>(new CommandDefinition("""
            SELECT speaker_label AS Label, role AS Role, method AS Method, confidence AS Confidence, evidence AS Evidence
            FROM speaker_roles WHERE call_id = @CallId ORDER BY speaker_label
            """, args, cancellationToken: cancellationToken));
        var review = await connection.QuerySingleOrDefaultAsync<RoleReviewRow>(new CommandDefinition(
            "SELECT roles_need_review AS NeedsReview, role_review_reason AS Reason FROM transcripts WHERE call_id = @CallId",
            args, cancellationToken: cancellationToken));
        var chain = await connection.QueryAsync<ChainRow>(new CommandDefinition("""
            SELECT o.call_id AS CallId, c.started_at AS StartedAt, c.agent_id AS AgentId, o.chain_position AS Position, o.outcome AS Outcome
            FROM contact_outcomes o JOIN contacts c ON c.call_id = o.call_id
            WHERE o.chain_id = (SELECT chain_id FROM contact_outcomes WHERE call_id = @CallId)
            ORDER BY o.chain_position, c.started_at_utc, o.call_id
            """, args, cancellationToken: cancellationToken));
        var recording = await connection.QuerySingleOrDefaultAsync<RecordingRow>(new CommandDefinition(
            RecordingRow.Select + " WHERE call_id = @CallId", args, cancellationToken: cancellationToken));
        var sentiment = await connection.QuerySingleOrDefaultAsync<SentimentRow>(new CommandDefinition("""
            SELECT turn_sentiments AS TurnSentiments, customer_sentiment_start AS CustomerStart,
                   customer_sentiment_end AS CustomerEnd, customer_sentiment_change AS CustomerChange
            FROM conversation_measures WHERE call_id = @CallId
            """, args, cancellationToken: cancellationToken));
        var classification = await new ClassificationStore(_dataSource).GetAsync(callId, cancellationToken);
        return row.ToDetail([.. turns.Select(t => new ContactTurn((int)t.TurnIndex, t.Speaker, t.SpeakerLabel, t.StartSeconds, t.EndSeconds, t.Text))],
            classification) with
        {
            SpeakerRoles = [.. roles.Select(r => r.ToRole())],
            RolesNeedReview = review?.NeedsReview == 1,
            RoleReviewReason = review?.Reason,
            Recording = recording?.ToRecording(),
            Sentiment = sentiment?.ToSentiment(),
            Chain = [.. chain.Select(c => new ChainContact(c.CallId, StorageFormat.ParseTimestamp(c.StartedAt), c.AgentId, checked((int)c.Position), c.Outcome))],
        };
    }

    /// <summary>
    /// One page of the review queue: the contacts whose classification or speaker roles are flagged for review and not
    /// corrected since, oldest contact first, with the total count.
    /// </summary>
    public Task<ReviewQueuePage> ListReviewQueueAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        ListReviewQueueAsync(page, pageSize, null, cancellationToken);

    /// <summary>
    /// One page of the review queue, only the contacts with <paramref name="only"/> when given (all flagged contacts when
    /// <see langword="null"/>), oldest contact first, with the total count and how many contacts carry each flag.
    /// </summary>
    public async Task<ReviewQueuePage> ListReviewQueueAsync(int page, int pageSize, ReviewKind? only, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var where = only switch
        {
            ReviewKind.LowConfidence => "q.LowConfidenceFlagged = 1",
            ReviewKind.RulesVsModel => "q.RulesFlagged = 1",
            ReviewKind.SpeakerRoles => "q.RolesFlagged = 1",
            _ => "q.ClassificationFlagged = 1 OR q.RolesFlagged = 1",
        };
        var args = new { Limit = pageSize, Offset = (long)(page - 1) * pageSize };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<ReviewCountsRow>(new CommandDefinition($"""
            SELECT COUNT(*) AS Total, COALESCE(SUM(q.LowConfidenceFlagged), 0) AS LowConfidence,
                   COALESCE(SUM(q.RulesFlagged), 0) AS RulesVsModel, COALESCE(SUM(q.RolesFlagged), 0) AS SpeakerRoles
            FROM ({ReviewQueue}) q WHERE q.ClassificationFlagged = 1 OR q.RolesFlagged = 1
            """, args, cancellationToken: cancellationToken));
        var total = only switch
        {
            ReviewKind.LowConfidence => counts.LowConfidence,
            ReviewKind.RulesVsModel => counts.RulesVsModel,
            ReviewKind.SpeakerRoles => counts.SpeakerRoles,
            _ => counts.Total,
        };
        var rows = await connection.QueryAsync<ReviewRow>(new CommandDefinition($"""
            SELECT * FROM ({ReviewQueue}) q WHERE {where}
            ORDER BY q.StartedAtUtc, q.CallId LIMIT @Limit OFFSET @Offset
            """, args, cancellationToken: cancellationToken));
        var byFlag = new Dictionary<ReviewKind, long>
        {
            [ReviewKind.LowConfidence] = counts.LowConfidence,
            [ReviewKind.RulesVsModel] = counts.RulesVsModel,
            [ReviewKind.SpeakerRoles] = counts.SpeakerRoles,
        };
        return new ReviewQueuePage([.. rows.Select(r => r.ToItem())], total, page, pageSize) { Only = only, AllFlagged = counts.Total, ByKind = byFlag };
    }

    /// <summary>
    /// The values the list can be filtered by: agents, teams and queues of the contacts visible to
    /// <paramref name="visibleAgentId"/> (all when <see langword="null"/>), and every intent and root cause stored.
    /// </summary>
    public async Task<ContactFilterValues> GetFilterValuesAsync(string? visibleAgentId, CancellationToken cancellationToken)
    {
        var args = new { VisibleAgentId = visibleAgentId };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);

        async Task<IReadOnlyList<string>> DistinctAsync(string sql) =>
            [.. (await connection.QueryAsync<string>(new CommandDefinition(sql, args, cancellationToken: cancellationToken)))
                .Order(StringComparer.Ordinal)];

        var agents = await DistinctAsync(
            "SELECT DISTINCT agent_id FROM contacts WHERE agent_id IS NOT NULL AND (@VisibleAgentId IS NULL OR agent_id = @VisibleAgentId)");
        var teams = await DistinctAsync(
            "SELECT DISTINCT team FROM contacts WHERE team IS NOT NULL AND (@VisibleAgentId IS NULL OR agent_id = @VisibleAgentId)");
        var queues = await DistinctAsync(
            "SELECT DISTINCT queue FROM contacts WHERE queue IS NOT NULL AND (@VisibleAgentId IS NULL OR agent_id = @VisibleAgentId)");
        var intents = await DistinctAsync("""
            SELECT intent FROM contact_classifications UNION SELECT intent FROM classification_corrections WHERE intent IS NOT NULL
            """);
        var rootCauses = await DistinctAsync("""
            SELECT root_cause FROM contact_classifications UNION SELECT root_cause FROM classification_corrections WHERE root_cause IS NOT NULL
            """);
        return new ContactFilterValues(agents, teams, queues, intents, rootCauses);
    }

    private static string OrderBy(ContactSort sort) => sort switch
    {
        ContactSort.NewestFirst => "c.started_at_utc DESC, c.call_id DESC",
        ContactSort.OldestFirst => "c.started_at_utc, c.call_id",
        ContactSort.LongestHandleFirst => "c.handle_seconds DESC, c.started_at_utc DESC, c.call_id DESC",
        ContactSort.ShortestHandleFirst => "c.handle_seconds, c.started_at_utc, c.call_id",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown sort."),
    };

    private static DynamicParameters Arguments(ContactQuery query)
    {
        var args = new DynamicParameters();
        args.Add("From", query.From is { } from ? StorageFormat.Date(from) : null);
        args.Add("To", query.To is { } to ? StorageFormat.Date(to) : null);
        args.Add("AgentId", Blank(query.AgentId));
        args.Add("Team", Blank(query.Team));
        args.Add("Queue", Blank(query.Queue));
        args.Add("Intent", Blank(query.Intent));
        args.Add("RootCause", Blank(query.RootCause));
        args.Add("ConfidenceBelow", query.ConfidenceBelow, DbType.Double);
        args.Add("ConfidenceAtLeast", query.ConfidenceAtLeast, DbType.Double);
        args.Add("Resolution", Blank(query.Resolution));
        args.Add("Outcome", Blank(query.Outcome));
        args.Add("Sentiment", query.Sentiment is { } sentiment ? SentimentFilterNames.ToName(sentiment) : null, DbType.String);
        args.Add("VisibleAgentId", query.VisibleAgentId);
        return args;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // Classes with setters, not positional records: SQLite types computed columns per row (a NULL confidence in the first
    // row must not fix the column's type), and Dapper converts per value into properties.
    private sealed class ListRow
    {
        public string CallId { get; set; } = string.Empty;
        public string StartedAt { get; set; } = string.Empty;
        public string? AgentId { get; set; }
        public string? Team { get; set; }
        public string? Queue { get; set; }
        public string Channel { get; set; } = string.Empty;
        public string Direction { get; set; } = string.Empty;
        public long Abandoned { get; set; }
        public double HandleSeconds { get; set; }
        public long TransferCount { get; set; }
        public string? CorrectedIntent { get; set; }
        public string? ModelIntent { get; set; }
        public double? IntentConfidence { get; set; }
        public string? CorrectedRootCause { get; set; }
        public string? ModelRootCause { get; set; }
        public double? RootCauseConfidence { get; set; }
        public string? Outcome { get; set; }
        public string? Resolution { get; set; }

        public ContactListItem ToItem() => new(
            CallId, StorageFormat.ParseTimestamp(StartedAt), AgentId, Team, Queue, Channel, Direction, Abandoned != 0, HandleSeconds,
            checked((int)TransferCount),
            CorrectedIntent ?? ModelIntent, CorrectedIntent is null ? IntentConfidence : null,
            CorrectedRootCause ?? ModelRootCause, CorrectedRootCause is null ? RootCauseConfidence : null,
            CorrectedIntent is not null || CorrectedRootCause is not null, Outcome, Resolution);
    }

    private sealed class DetailRow
    {
        public string CallId { get; set; } = string.Empty;
        public string? CustomerId { get; set; }
        public string? AgentId { get; set; }
        public string? Team { get; set; }
        public string? Queue { get; set; }
        public string Channel { get; set; } = string.Empty;
        public string Direction { get; set; } = string.Empty;
        public string? Disposition { get; set; }
        public string StartedAt { get; set; } = string.Empty;
        public string? AnsweredAt { get; set; }
        public string EndedAt { get; set; } = string.Empty;
        public double? IvrSeconds { get; set; }
        public double? QueueSeconds { get; set; }
        public double TalkSeconds { get; set; }
        public double HoldSeconds { get; set; }
        public long HoldCount { get; set; }
        public double AcwSeconds { get; set; }
        public double HandleSeconds { get; set; }
        public long TransferCount { get; set; }
        public long Abandoned { get; set; }
        public string? Outcome { get; set; }
        public string? NextCallId { get; set; }
        public string? CorrectedIntent { get; set; }
        public string? CorrectedRootCause { get; set; }

        public ContactDetail ToDetail(IReadOnlyList<ContactTurn> turns, Core.Classification.Conversations.ReviewedClassification? classification) => new()
        {
            CallId = CallId,
            CustomerId = CustomerId,
            AgentId = AgentId,
            Team = Team,
            Queue = Queue,
            Channel = Channel,
            Direction = Direction,
            Disposition = Disposition,
            StartedAt = StorageFormat.ParseTimestamp(StartedAt),
            AnsweredAt = AnsweredAt is null ? null : StorageFormat.ParseTimestamp(AnsweredAt),
            EndedAt = StorageFormat.ParseTimestamp(EndedAt),
            IvrSeconds = IvrSeconds,
            QueueSeconds = QueueSeconds,
            TalkSeconds = TalkSeconds,
            HoldSeconds = HoldSeconds,
            HoldCount = checked((int)HoldCount),
            AcwSeconds = AcwSeconds,
            HandleSeconds = HandleSeconds,
            TransferCount = checked((int)TransferCount),
            Abandoned = Abandoned != 0,
            Outcome = Outcome,
            NextCallId = NextCallId,
            Turns = turns,
            Classification = classification,
            CorrectedIntent = CorrectedIntent,
            CorrectedRootCause = CorrectedRootCause,
        };
    }

    private sealed class ReviewRow
    {
        public string CallId { get; set; } = string.Empty;
        public string StartedAt { get; set; } = string.Empty;
        public string StartedAtUtc { get; set; } = string.Empty;
        public string? AgentId { get; set; }
        public string? Team { get; set; }
        public long ClassificationFlagged { get; set; }
        public long LowConfidenceFlagged { get; set; }
        public long RulesFlagged { get; set; }
        public string? ModelRootCause { get; set; }
        public string? RuleRootCause { get; set; }
        public string? ClassificationReason { get; set; }
        public long RolesFlagged { get; set; }
        public string? RolesReason { get; set; }

        public ReviewQueueItem ToItem() => new(
            CallId, StorageFormat.ParseTimestamp(StartedAt), AgentId, Team,
            ClassificationFlagged != 0, ClassificationFlagged != 0 ? ClassificationReason : null,
            RolesFlagged != 0, RolesFlagged != 0 ? RolesReason : null)
        {
            LowConfidence = LowConfidenceFlagged != 0,
            RulesVsModel = RulesFlagged != 0,
            ModelRootCause = RulesFlagged != 0 ? ModelRootCause : null,
            RuleRootCause = RulesFlagged != 0 ? RuleRootCause : null,
        };
    }

    private sealed record ReviewCountsRow(long Total, long LowConfidence, long RulesVsModel, long SpeakerRoles);

    private sealed class RoleRow
    {
        public string Label { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
        public string Method { get; set; } = string.Empty;
        public double Confidence { get; set; }
        public string Evidence { get; set; } = "[]";

        public ContactSpeakerRole ToRole() => new(Label, Role, Method, Confidence, StoredJson.TryParse<string[]>(Evidence) ?? []);
    }

    private sealed class SentimentRow
    {
        public string TurnSentiments { get; set; } = "[]";
        public double? CustomerStart { get; set; }
        public double? CustomerEnd { get; set; }
        public double? CustomerChange { get; set; }

        public ContactSentiment ToSentiment() => new(StoredJson.TryParse<double[]>(TurnSentiments) ?? [], CustomerStart, CustomerEnd, CustomerChange);
    }

    private sealed record RoleReviewRow(long NeedsReview, string? Reason);

    private sealed record ChainRow(string CallId, string StartedAt, string? AgentId, long Position, string Outcome);

    private sealed record TurnRow(long TurnIndex, string Speaker, string? SpeakerLabel, double? StartSeconds, double? EndSeconds, string Text);
}
