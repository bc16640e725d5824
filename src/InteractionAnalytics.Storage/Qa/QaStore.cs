using System.Data.Common;
using System.Globalization;
using Dapper;
using InteractionAnalytics.Core.Qa;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Storage.Qa;

/// <summary>
/// QA evaluations of contacts (<c>qa_evaluations</c>, <c>qa_answers</c>; docs/database.md): start one with the automatic
/// answers pre-filled, save the analyst's answers and comments, submit (scored by <see cref="QaScoring"/>, then final), read,
/// list and roll up per agent. Every change appends an <c>audit_log</c> entry (entity <see cref="AuditEntities.QaEvaluation"/>,
/// key the evaluation id) in the change's own transaction. A contact may be evaluated more than once.
/// </summary>
public sealed class QaStore
{
    private const string SelectEvaluation = """
        SELECT evaluation_id AS EvaluationId, call_id AS CallId, agent_id AS AgentId, form_id AS FormId, form_version AS FormVersion,
               form_json AS FormJson, status AS Status, score AS Score, raw_score AS RawScore, critical_failed AS CriticalFailed,
               comment AS Comment, evaluator AS Evaluator, created_at AS CreatedAt, submitted_at AS SubmittedAt
        FROM qa_evaluations
        """;

    private readonly DbDataSource _dataSource;

    internal QaStore(DbDataSource dataSource) => _dataSource = dataSource;

    /// <summary>
    /// Starts a draft evaluation of a contact against <paramref name="form"/> (stored as a snapshot), each automatic question
    /// pre-answered from the stored transcript by <paramref name="answerer"/> (none when the contact has no transcript), and
    /// audits it. Returns the new evaluation's id, or <see langword="null"/> when the contact does not exist.
    /// </summary>
    public async Task<long?> StartAsync(
        string callId, QaForm form, QaAutoAnswerer answerer, string user, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callId);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentException.ThrowIfNullOrEmpty(user);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var contact = await connection.QuerySingleOrDefaultAsync<ContactRow>(new CommandDefinition(
            "SELECT call_id AS CallId, agent_id AS AgentId FROM contacts WHERE call_id = @CallId",
            new { CallId = callId }, transaction, cancellationToken: cancellationToken));
        if (contact is null)
        {
            return null;
        }

        var turnRows = (await connection.QueryAsync<TurnRow>(new CommandDefinition(
            "SELECT turn_index AS TurnIndex, speaker AS Speaker, text AS Text FROM transcript_turns WHERE call_id = @CallId ORDER BY turn_index",
            new { CallId = callId }, transaction, cancellationToken: cancellationToken))).ToList();
        var turns = turnRows.Select(t => new Turn(SpeakerNames.TryParse(t.Speaker, out var s) ? s : Speaker.System, null, null, t.Text)).ToList();
        var automatic = answerer.Answer(turns);

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO qa_evaluations (call_id, agent_id, form_id, form_version, form_json, status, score, raw_score, critical_failed,
                                        comment, evaluator, created_at, submitted_at)
            VALUES (@CallId, @AgentId, @FormId, @FormVersion, @FormJson, @Status, NULL, NULL, 0, NULL, @Evaluator, @CreatedAt, NULL)
            RETURNING evaluation_id
            """, new
        {
            contact.CallId,
            contact.AgentId,
            FormId = form.Id,
            FormVersion = form.Version,
            FormJson = form.ToJson(),
            Status = QaStatuses.Draft,
            Evaluator = user,
            CreatedAt = StorageFormat.Timestamp(at),
        }, transaction, cancellationToken: cancellationToken));

        var audited = new List<(string, string?)> { ("call_id", contact.CallId), ("form", form.Id + " v" + form.Version), ("status", QaStatuses.Draft) };
        foreach (var question in form.Questions)
        {
            if (question.Auto is not { } kind || !automatic.TryGetValue(kind, out var result))
            {
                continue;
            }

            // Evidence turn indexes are positions in the list read above; store the transcript's own turn index.
            var evidence = result.Evidence is { } e ? e with { TurnIndex = (int)turnRows[e.TurnIndex].TurnIndex } : null;
            var (points, max) = QaScoring.Points(question, result.Answer);
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO qa_answers (evaluation_id, question_id, answer, auto_answer, auto_evidence, adjusted, points, max_points, comment)
                VALUES (@EvaluationId, @QuestionId, @Answer, @Answer, @Evidence, 0, @Points, @MaxPoints, NULL)
                """, new
            {
                EvaluationId = id,
                QuestionId = question.Id,
                Answer = QaAnswerNames.Name(result.Answer),
                Evidence = QaEvidenceJson.Serialize(evidence),
                Points = points,
                MaxPoints = max,
            }, transaction, cancellationToken: cancellationToken));
            audited.Add((question.Id, QaAnswerNames.Name(result.Answer)));
        }

        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, user, AuditActions.StartQaEvaluation, AuditEntities.QaEvaluation, Key(id), null, AuditJson.Object([.. audited]), null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>One evaluation with its form and every question's answer, or <see langword="null"/>.</summary>
    public async Task<QaEvaluation?> GetAsync(long evaluationId, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await GetAsync(connection, null, evaluationId, cancellationToken);
    }

    /// <summary>
    /// Saves a draft's answers and comments (questions not in <paramref name="answers"/> keep theirs) and the overall comment,
    /// and audits what changed (before and after of each changed value; the overall comment as the reason).
    /// </summary>
    /// <exception cref="ArgumentException">An answer names a question the form lacks, is N/A where not allowed, or a comment is
    /// given to a question left unanswered.</exception>
    public async Task<QaChangeResult> SaveAsync(
        long evaluationId, IReadOnlyDictionary<string, QaAnswerInput> answers, string? comment, string user, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentException.ThrowIfNullOrEmpty(user);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var evaluation = await GetAsync(connection, transaction, evaluationId, cancellationToken);
        if (evaluation is null)
        {
            return QaChangeResult.NotFound;
        }

        if (evaluation.IsSubmitted)
        {
            return QaChangeResult.AlreadySubmitted;
        }

        var (before, after) = await ApplyAsync(connection, transaction, evaluation, answers, comment, cancellationToken);
        if (before.Count > 0)
        {
            await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
                at, user, AuditActions.SaveQaEvaluation, AuditEntities.QaEvaluation, Key(evaluationId),
                AuditJson.Object([.. before]), AuditJson.Object([.. after]), Normalize(comment)), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return QaChangeResult.Done;
    }

    /// <summary>
    /// Saves <paramref name="answers"/> and <paramref name="comment"/> as <see cref="SaveAsync"/> does, then scores the
    /// evaluation (<see cref="QaScoring.Score"/>) and submits it: final from then on. One transaction, one audit entry (the
    /// changed values and the status and score before and after; the overall comment as the reason). Nothing is stored
    /// unless every question is answered (<see cref="QaChangeResult.Incomplete"/>).
    /// </summary>
    public async Task<(QaChangeResult Result, QaScore? Score)> SubmitAsync(
        long evaluationId, IReadOnlyDictionary<string, QaAnswerInput> answers, string? comment, string user, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentException.ThrowIfNullOrEmpty(user);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var evaluation = await GetAsync(connection, transaction, evaluationId, cancellationToken);
        if (evaluation is null)
        {
            return (QaChangeResult.NotFound, null);
        }

        if (evaluation.IsSubmitted)
        {
            return (QaChangeResult.AlreadySubmitted, null);
        }

        var (before, after) = await ApplyAsync(connection, transaction, evaluation, answers, comment, cancellationToken);
        var saved = (await GetAsync(connection, transaction, evaluationId, cancellationToken))!;
        var final = saved.Answers.Where(a => a.Answer is not null).ToDictionary(a => a.QuestionId, a => a.Answer!.Value, StringComparer.Ordinal);
        if (QaScoring.Problems(saved.Form, final).Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (QaChangeResult.Incomplete, null);
        }

        var score = QaScoring.Score(saved.Form, final);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE qa_evaluations SET status = @Status, score = @Score, raw_score = @RawScore, critical_failed = @CriticalFailed,
                                      submitted_at = @SubmittedAt
            WHERE evaluation_id = @EvaluationId
            """, new
        {
            Status = QaStatuses.Submitted,
            score.Score,
            score.RawScore,
            CriticalFailed = score.CriticalFailed ? 1 : 0,
            SubmittedAt = StorageFormat.Timestamp(at),
            EvaluationId = evaluationId,
        }, transaction, cancellationToken: cancellationToken));
        before.Add(("status", QaStatuses.Draft));
        after.Add(("status", QaStatuses.Submitted));
        after.Add(("score", score.Score?.ToString("0.####", CultureInfo.InvariantCulture)));
        after.Add(("critical_failed", score.CriticalFailed ? "true" : "false"));
        await AuditLog.AppendAsync(connection, transaction, new AuditEntry(
            at, user, AuditActions.SubmitQaEvaluation, AuditEntities.QaEvaluation, Key(evaluationId),
            AuditJson.Object([.. before]), AuditJson.Object([.. after]), Normalize(comment)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (QaChangeResult.Done, score);
    }

    /// <summary>A contact's evaluations, newest first; only the submitted ones when <paramref name="submittedOnly"/>.</summary>
    public async Task<IReadOnlyList<QaEvaluationSummary>> ListForContactAsync(string callId, bool submittedOnly, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<EvaluationRow>(new CommandDefinition(
            SelectEvaluation + " WHERE call_id = @CallId AND (@SubmittedOnly = 0 OR status = 'submitted') ORDER BY evaluation_id DESC",
            new { CallId = callId, SubmittedOnly = submittedOnly ? 1 : 0 }, cancellationToken: cancellationToken));
        return [.. rows.Select(Summary)];
    }

    /// <summary>A page of evaluations matching <paramref name="query"/>, newest (highest id) first.</summary>
    public async Task<QaEvaluationPage> ListAsync(QaEvaluationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 500);
        const string Where = """
            WHERE (@AgentId IS NULL OR agent_id = @AgentId)
              AND (@Status IS NULL OR status = @Status)
              AND (@From IS NULL OR substr(COALESCE(submitted_at, created_at), 1, 10) >= @From)
              AND (@To IS NULL OR substr(COALESCE(submitted_at, created_at), 1, 10) <= @To)
            """;
        var parameters = new
        {
            query.AgentId,
            query.Status,
            From = query.From is { } f ? StorageFormat.Date(f) : null,
            To = query.To is { } t ? StorageFormat.Date(t) : null,
            Limit = size,
            Offset = (long)(page - 1) * size,
        };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM qa_evaluations " + Where, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<EvaluationRow>(new CommandDefinition(
            SelectEvaluation + " " + Where + " ORDER BY evaluation_id DESC LIMIT @Limit OFFSET @Offset", parameters, cancellationToken: cancellationToken));
        return new QaEvaluationPage([.. rows.Select(Summary)], total, page, size);
    }

    /// <summary>
    /// Every agent with at least one submitted evaluation: how many, how many scored, the mean final score over those (critical
    /// fails count as 0), critical fails and the latest submission; by agent id. Evaluations of contacts without an agent are
    /// left out.
    /// </summary>
    public async Task<IReadOnlyList<QaAgentRollup>> RollupByAgentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RollupRow>(new CommandDefinition("""
            SELECT agent_id AS AgentId, COUNT(*) AS Submitted, COUNT(score) AS Scored, AVG(score) AS MeanScore,
                   SUM(critical_failed) AS CriticalFails
            FROM qa_evaluations
            WHERE status = 'submitted' AND agent_id IS NOT NULL
            GROUP BY agent_id
            ORDER BY agent_id
            """, cancellationToken: cancellationToken));

        // MAX over ISO text with offsets is not time order across offsets, so the latest submission is found by parsing each.
        var result = new List<QaAgentRollup>();
        foreach (var row in rows)
        {
            var times = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT submitted_at FROM qa_evaluations WHERE status = 'submitted' AND agent_id = @AgentId",
                new { row.AgentId }, cancellationToken: cancellationToken));
            var last = times.Select(StorageFormat.ParseTimestamp).Max();
            result.Add(new QaAgentRollup(row.AgentId, row.Submitted, row.Scored, row.MeanScore, row.CriticalFails, last));
        }

        return result;
    }

    private static string Key(long evaluationId) => evaluationId.ToString(CultureInfo.InvariantCulture);

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<(List<(string, string?)> Before, List<(string, string?)> After)> ApplyAsync(
        DbConnection connection, DbTransaction transaction, QaEvaluation evaluation, IReadOnlyDictionary<string, QaAnswerInput> answers,
        string? comment, CancellationToken cancellationToken)
    {
        var before = new List<(string, string?)>();
        var after = new List<(string, string?)>();
        foreach (var id in answers.Keys)
        {
            if (evaluation.Form.FindQuestion(id) is null)
            {
                throw new ArgumentException($"The form has no question '{id}'.", nameof(answers));
            }
        }

        foreach (var stored in evaluation.Answers)
        {
            if (!answers.TryGetValue(stored.QuestionId, out var input))
            {
                continue;
            }

            var question = evaluation.Form.FindQuestion(stored.QuestionId)!;
            var answer = input.Answer ?? stored.Answer;
            var newComment = Normalize(input.Comment);
            if (answer == QaAnswer.NotApplicable && !question.AllowNotApplicable)
            {
                throw new ArgumentException($"Question '{question.Id}' does not allow N/A.", nameof(answers));
            }

            if (answer is null)
            {
                if (newComment is not null)
                {
                    throw new ArgumentException($"Question '{question.Id}' has a comment but no answer.", nameof(answers));
                }

                continue;
            }

            if (answer == stored.Answer && newComment == stored.Comment)
            {
                continue;
            }

            var (points, max) = QaScoring.Points(question, answer.Value);
            var adjusted = stored.AutoAnswer is { } auto && auto != answer.Value;
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO qa_answers (evaluation_id, question_id, answer, auto_answer, auto_evidence, adjusted, points, max_points, comment)
                VALUES (@EvaluationId, @QuestionId, @Answer, NULL, NULL, @Adjusted, @Points, @MaxPoints, @Comment)
                ON CONFLICT (evaluation_id, question_id) DO UPDATE SET
                    answer = excluded.answer, adjusted = excluded.adjusted, points = excluded.points, max_points = excluded.max_points,
                    comment = excluded.comment
                """, new
            {
                evaluation.EvaluationId,
                QuestionId = question.Id,
                Answer = QaAnswerNames.Name(answer.Value),
                Adjusted = adjusted ? 1 : 0,
                Points = points,
                MaxPoints = max,
                Comment = newComment,
            }, transaction, cancellationToken: cancellationToken));
            if (answer != stored.Answer)
            {
                before.Add((question.Id, stored.Answer is { } b ? QaAnswerNames.Name(b) : null));
                after.Add((question.Id, QaAnswerNames.Name(answer.Value)));
            }

            if (newComment != stored.Comment)
            {
                before.Add((question.Id + ".comment", stored.Comment));
                after.Add((question.Id + ".comment", newComment));
            }
        }

        var overall = Normalize(comment);
        if (overall != evaluation.Comment)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE qa_evaluations SET comment = @Comment WHERE evaluation_id = @EvaluationId",
                new { Comment = overall, evaluation.EvaluationId }, transaction, cancellationToken: cancellationToken));
            before.Add(("comment", evaluation.Comment));
            after.Add(("comment", overall));
        }

        return (before, after);
    }

    private static async Task<QaEvaluation?> GetAsync(DbConnection connection, DbTransaction? transaction, long evaluationId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<EvaluationRow>(new CommandDefinition(
            SelectEvaluation + " WHERE evaluation_id = @EvaluationId", new { EvaluationId = evaluationId }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var answerRows = (await connection.QueryAsync<AnswerRow>(new CommandDefinition("""
            SELECT question_id AS QuestionId, answer AS Answer, auto_answer AS AutoAnswer, auto_evidence AS AutoEvidence, adjusted AS Adjusted,
                   points AS Points, max_points AS MaxPoints, comment AS Comment
            FROM qa_answers WHERE evaluation_id = @EvaluationId
            """, new { EvaluationId = evaluationId }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
        var form = QaForm.Parse(row.FormJson);
        var answers = form.Questions.Select(q => answerRows.TryGetValue(q.Id, out var a)
            ? new QaStoredAnswer(q.Id, Parse(a.Answer), Parse(a.AutoAnswer), QaEvidenceJson.Deserialize(a.AutoEvidence), a.Adjusted != 0, a.Points, a.MaxPoints, a.Comment)
            : new QaStoredAnswer(q.Id, null, null, null, false, 0, 0, null)).ToList();
        return new QaEvaluation
        {
            EvaluationId = row.EvaluationId,
            CallId = row.CallId,
            AgentId = row.AgentId,
            Form = form,
            Status = row.Status,
            Score = row.Score,
            RawScore = row.RawScore,
            CriticalFailed = row.CriticalFailed != 0,
            Comment = row.Comment,
            Evaluator = row.Evaluator,
            CreatedAt = StorageFormat.ParseTimestamp(row.CreatedAt),
            SubmittedAt = row.SubmittedAt is null ? null : StorageFormat.ParseTimestamp(row.SubmittedAt),
            Answers = answers,
        };
    }

    private static QaAnswer? Parse(string? name) => QaAnswerNames.TryParse(name, out var answer) ? answer : null;

    private static QaEvaluationSummary Summary(EvaluationRow r) => new(
        r.EvaluationId, r.CallId, r.AgentId, r.FormId + " v" + r.FormVersion, r.Status, r.Score, r.CriticalFailed != 0, r.Evaluator,
        StorageFormat.ParseTimestamp(r.CreatedAt), r.SubmittedAt is null ? null : StorageFormat.ParseTimestamp(r.SubmittedAt));

    private sealed record ContactRow(string CallId, string? AgentId);

    private sealed record TurnRow(long TurnIndex, string Speaker, string Text);

    private sealed record EvaluationRow(
        long EvaluationId, string CallId, string? AgentId, string FormId, string FormVersion, string FormJson, string Status, double? Score,
        double? RawScore, long CriticalFailed, string? Comment, string Evaluator, string CreatedAt, string? SubmittedAt);

    private sealed record AnswerRow(
        string QuestionId, string Answer, string? AutoAnswer, string? AutoEvidence, long Adjusted, double Points, double MaxPoints, string? Comment);

    // Settable properties rather than a constructor: with no rows SQLite reports the aggregates' types as blobs, which no
    // constructor signature matches.
    private sealed class RollupRow
    {
        public string AgentId { get; set; } = string.Empty;

        public long Submitted { get; set; }

        public long Scored { get; set; }

        public double? MeanScore { get; set; }

        public long CriticalFails { get; set; }
    }
}
