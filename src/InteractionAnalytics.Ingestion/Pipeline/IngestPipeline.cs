using System.Text;
using System.Text.Json;
using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Core.Classification.Conversations;
using InteractionAnalytics.Core.Durations;
using InteractionAnalytics.Core.Dynamics;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Measures;
using InteractionAnalytics.Core.Outcomes;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Ingestion.Audio;
using InteractionAnalytics.Ingestion.Calls;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>
/// The nightly ingest: reads an export's <c>calls.csv</c> and <c>transcripts/</c>, validates every record and
/// stores it or rejects it with a reason, in batches. Rerunning the same export stores nothing twice.
/// A bad record or a bad file is a reject, never a failure; only errors the run cannot work around (the
/// export directory is missing, the database fails) end it, and they are recorded in <c>ingest_runs</c>.
/// </summary>
public sealed partial class IngestPipeline
{
    private readonly IIngestStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestPipeline> _logger;

    /// <summary>Creates a pipeline writing to <paramref name="store"/>.</summary>
    public IngestPipeline(IIngestStore store, TimeProvider time, ILogger<IngestPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs one ingest.</summary>
    /// <param name="request">The export and the options.</param>
    /// <param name="progress">Receives progress after every batch; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run between batches; the run is recorded as failed.</param>
    /// <returns>The run's summary (also stored in <c>ingest_runs</c>).</returns>
    /// <exception cref="DirectoryNotFoundException">The export directory does not exist.</exception>
    public async Task<IngestRunSummary> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = Path.GetFullPath(request.ExportDirectory);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The export directory '{source}' does not exist.");
        }

        var options = OptionsJson(request);
        var startedAt = _time.GetUtcNow();
        var runId = await _store.StartRunAsync(source, options, startedAt, cancellationToken);
        LogRunStarted(runId, source);

        var state = new RunState(runId, source) { Redactor = new PiiRedactor(request.Redaction) };
        try
        {
            await IngestContactsAsync(request, state, progress, cancellationToken);
            await IngestTranscriptsAsync(request, state, progress, cancellationToken);
            await IngestAudioAsync(request, state, progress, cancellationToken);
            var repeats = await LinkRepeatsAsync(request, runId, progress, cancellationToken);
            LogRedactionSummary(state);
            var summary = state.Summary(startedAt, _time.GetUtcNow(), IngestRunStatus.Completed, null) with { Repeats = repeats };
            await _store.FinishRunAsync(summary, cancellationToken);
            return summary;
        }
        catch (Exception ex)
        {
            var failed = state.Summary(startedAt, _time.GetUtcNow(), IngestRunStatus.Failed, ex.Message);
            try
            {
                await _store.FinishRunAsync(failed, CancellationToken.None);
            }
#pragma warning disable CA1031 // The original error matters more; this one is logged and the original rethrown.
            catch (Exception finishError)
#pragma warning restore CA1031
            {
                LogFinishFailed(finishError, runId);
            }

            throw;
        }
    }

    /// <summary>The run's options as <c>ingest_runs.options</c> records them (JSON).</summary>
    private static string OptionsJson(IngestRequest request) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["mapping"] = request.Mapping.Description,
            ["timezone"] = request.TimeZone?.Id,
            ["batch_size"] = request.BatchSize,
            ["transcript_format"] = request.TranscriptFormat ?? "auto",
            ["speaker_roles"] = request.SpeakerRoleMap.ToString(),
            ["redact"] = request.Redaction.ToString(),
            ["audio"] = request.Audio is { } audio
                ? new Dictionary<string, object?> { ["agent_channel"] = audio.Activity.AgentChannel, ["customer_channel"] = audio.Activity.CustomerChannel }
                : null,
        });

    private async Task<RepeatLinkSummary?> LinkRepeatsAsync(
        IngestRequest request, long runId, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Repeats is not { } options)
        {
            return null;
        }

        progress?.Report(new IngestProgress(IngestPhase.Outcomes, 0, 1, 0, 0));
        var summary = await _store.LinkRepeatsAsync(runId, options, cancellationToken);
        progress?.Report(new IngestProgress(IngestPhase.Outcomes, 1, 1, summary.ContactsLinked, 0));
        var window = DurationText.Format(options.Window);
        LogRepeatsLinked(
            summary.ContactsLinked, summary.FullRelink, summary.ResolvedFirstContact, summary.Repeated, summary.Pending, summary.Unlinkable,
            window, options.SameIntent);
        return summary;
    }

    private async Task IngestContactsAsync(IngestRequest request, RunState state, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var path = Path.Combine(state.Source, ExportLayout.CallsFile);
        if (EntryProblem(path, state.Source, isFolder: false) is { } problem)
        {
            await RejectAsync(state, new RejectedRecord(ExportLayout.CallsFile, null, null, problem, null), RecordKind.Contact, cancellationToken);
            await FlushRejectsAsync(state, cancellationToken);
            return;
        }

        if (!File.Exists(path))
        {
            LogNoCalls(path);
            await RejectAsync(state, new RejectedRecord(ExportLayout.CallsFile, null, null, "calls.csv is missing from the export", null), RecordKind.Contact, cancellationToken);
            await FlushRejectsAsync(state, cancellationToken);
            return;
        }

        var reader = new CallsCsvReader(request.Mapping, request.TimeZone);
        var batch = new List<SourcedContact>(request.BatchSize);
        await using var stream = TryOpen(path, out var openError);
        if (stream is null)
        {
            await RejectAsync(state, new RejectedRecord(ExportLayout.CallsFile, null, null, $"calls.csv could not be read: {openError}", null), RecordKind.Contact, cancellationToken);
            await FlushRejectsAsync(state, cancellationToken);
            return;
        }

        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var total = stream.Length;
        long lastLine = 0;
        var rows = reader.Read(text, ExportLayout.CallsFile, warning => LogWarning(warning)).GetEnumerator();
        using (rows)
        {
            while (true)
            {
                try
                {
                    if (!rows.MoveNext())
                    {
                        break;
                    }
                }
                catch (IOException) when (state.Scope?.OwnsLine(lastLine + 1) == false)
                {
                    break;
                }
                catch (IOException ex)
                {
                    // The rest of the file is unreadable; it becomes one reject and the night goes on.
                    await RejectAsync(state, new RejectedRecord(ExportLayout.CallsFile, lastLine + 1, null, $"the file could not be read past line {lastLine}: {ex.Message}", null), RecordKind.Contact, cancellationToken);
                    break;
                }

                var parsed = rows.Current;
                if (state.Scope is { } scope && !scope.OwnsLine(parsed.Reject is { } other ? other.Line : parsed.Contact!.Line))
                {
                    // Another chunk of a distributed ingest stores or rejects this record (docs/distributed.md).
                    lastLine = parsed.Reject?.Line ?? parsed.Contact?.Line ?? lastLine;
                    continue;
                }

                if (parsed.Reject is { } reject)
                {
                    lastLine = reject.Line ?? lastLine;
                    await RejectAsync(state, reject, RecordKind.Contact, cancellationToken);
                    continue;
                }

                batch.Add(Redact(state, parsed.Contact!));
                lastLine = parsed.Contact!.Line;
                if (batch.Count >= request.BatchSize)
                {
                    await StoreContactsAsync(state, batch, cancellationToken);
                    progress?.Report(new IngestProgress(IngestPhase.Contacts, stream.Position, total, state.Contacts.Read, state.Contacts.Rejected));
                }
            }
        }

        await StoreContactsAsync(state, batch, cancellationToken);
        await FlushRejectsAsync(state, cancellationToken);
        progress?.Report(new IngestProgress(IngestPhase.Contacts, total, total, state.Contacts.Read, state.Contacts.Rejected));
    }

    /// <summary>
    /// Why an entry of the export (<c>calls.csv</c>, <c>transcripts/</c>, <c>audio/</c>) cannot be read although something
    /// of that name exists: a folder where a file belongs or the reverse, or a symbolic link that leads out of the export
    /// (ingest reads only what the export holds). <see langword="null"/> when it is fine or absent.
    /// </summary>
    private static string? EntryProblem(string path, string exportDirectory, bool isFolder)
    {
        var name = Path.GetFileName(path);
        if (isFolder ? File.Exists(path) : Directory.Exists(path))
        {
            return isFolder ? $"{name} is a file, not a folder" : $"{name} is a directory, not a file";
        }

        FileSystemInfo entry = isFolder ? new DirectoryInfo(path) : new FileInfo(path);
        if (entry.Exists && entry.LinkTarget is not null)
        {
            var target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            var inside = Path.GetFullPath(exportDirectory) + Path.DirectorySeparatorChar;
            if (target is null || !target.StartsWith(inside, StringComparison.Ordinal))
            {
                return $"{name} is a symbolic link to a {(isFolder ? "folder" : "file")} outside the export; it is not followed";
            }
        }

        return null;
    }

    /// <summary>Opens <paramref name="path"/> for a sequential read, or says why it cannot be (permissions, I/O).</summary>
    private static FileStream? TryOpen(string path, out string? error)
    {
        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ex.Message;
            return null;
        }
    }

    private Task StoreContactsAsync(RunState state, List<SourcedContact> batch, CancellationToken cancellationToken) =>
        StoreBatchAsync(state, batch, _store.UpsertContactsAsync, RecordKind.Contact, static (contact, result) => new RejectedRecord(
            contact.File,
            contact.Line,
            contact.Record.CallId,
            $"duplicate call_id '{contact.Record.CallId}': {result.Detail ?? "already read earlier in this export"}; the first occurrence is kept",
            null), cancellationToken);

    private async Task IngestTranscriptsAsync(IngestRequest request, RunState state, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(state.Source, ExportLayout.TranscriptsFolder);
        if (EntryProblem(folder, state.Source, isFolder: true) is { } problem)
        {
            await RejectAsync(state, new RejectedRecord(ExportLayout.TranscriptsFolder, null, null, problem, null), RecordKind.Transcript, cancellationToken);
            await FlushRejectsAsync(state, cancellationToken);
            return;
        }

        if (!Directory.Exists(folder))
        {
            LogNoTranscripts(folder);
            return;
        }

        // Hidden files (a name starting with a dot) are read too: every file of the export is stored or rejected, never skipped unseen.
        var enumeration = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };

        // Counting first costs one directory scan and no memory, and gives the progress bar its total.
        var total = Directory.EnumerateFiles(folder, "*", enumeration).LongCount(state.Owns);
        var parsed = new List<ParsedTranscriptFile>(request.TranscriptBatchSize);
        var audioFolder = Path.Combine(state.Source, ExportLayout.AudioFolder);
        var work = new TranscriptWork(
            request,
            request.Classifier?.CreateScorer(),
            request.SpeakerRoles ?? SpeakerRoleAssigner.WithoutCues,
            request.Audio is not null && Directory.Exists(audioFolder) && EntryProblem(audioFolder, state.Source, isFolder: true) is null ? audioFolder : null);
        long done = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", enumeration).Where(state.Owns))
        {
            cancellationToken.ThrowIfCancellationRequested();
            done++;
            var (transcript, reject) = TranscriptFileReader.Read(new FileInfo(path), request.MaxTranscriptBytes, request.TranscriptFormat);
            if (reject is not null)
            {
                await RejectAsync(state, reject, RecordKind.Transcript, cancellationToken);
                continue;
            }

            if (transcript!.Warning is { } warning)
            {
                LogWarning($"{transcript.File}: {warning}");
            }

            parsed.Add(Redact(state, transcript));
            if (parsed.Count >= request.TranscriptBatchSize)
            {
                await ProcessTranscriptsAsync(state, work, parsed, cancellationToken);
                progress?.Report(new IngestProgress(IngestPhase.Transcripts, done, total, state.Transcripts.Read, state.Transcripts.Rejected));
            }
        }

        await ProcessTranscriptsAsync(state, work, parsed, cancellationToken);
        await FlushRejectsAsync(state, cancellationToken);
        progress?.Report(new IngestProgress(IngestPhase.Transcripts, done, total, state.Transcripts.Read, state.Transcripts.Rejected));
        if (state.RolesInferred > 0)
        {
            LogRolesSummary(state.RolesInferred, state.RolesFlagged);
        }
    }

    /// <summary>
    /// Turns one batch of parsed files into stored transcripts: speaker roles (supervisors' corrections first, then the
    /// configured map, the source's declared roles, inference), the consistency rules, classification and measures.
    /// </summary>
    private async Task ProcessTranscriptsAsync(RunState state, TranscriptWork work, List<ParsedTranscriptFile> parsed, CancellationToken cancellationToken)
    {
        if (parsed.Count == 0)
        {
            return;
        }

        var corrections = await _store.GetRoleCorrectionsAsync([.. parsed.Select(p => p.Transcript.CallId).Distinct(StringComparer.Ordinal)], cancellationToken);
        var batch = new List<SourcedTranscript>(parsed.Count);
        var recordings = new List<SourcedAudio>();
        foreach (var file in parsed)
        {
            var roles = work.Roles.Assign(file.Transcript, work.Request.SpeakerRoleMap, corrections.GetValueOrDefault(file.Transcript.CallId));
            var problems = TranscriptRules.Check(roles.Transcript);
            if (problems.Count > 0)
            {
                await RejectAsync(state, new RejectedRecord(file.File, null, file.Transcript.CallId, string.Join("; ", problems), null), RecordKind.Transcript, cancellationToken);
                continue;
            }

            state.CountRoles(roles);
            if (roles.NeedsReview)
            {
                LogRolesNeedReview(file.File, roles.ReviewReason!);
            }

            var transcript = new SourcedTranscript(roles.Transcript, file.File, file.Format) { Roles = roles };
            if (work.Scorer is not null)
            {
                transcript = transcript with { Classification = work.Request.Review.Review(work.Scorer.Classify(transcript.Transcript.Turns)) };
            }

            if (work.Request.Measurer is not null)
            {
                transcript = transcript with { Measures = await MeasureAsync(work.Request.Measurer, transcript, cancellationToken) };
            }

            batch.Add(transcript);
            if (work.AudioFolder is not null)
            {
                await MeasureRecordingWithTranscriptAsync(state, work, transcript, recordings, cancellationToken);
            }
        }

        parsed.Clear();
        await StoreTranscriptsAsync(state, batch, cancellationToken);
        await StoreAudioAsync(state, recordings, cancellationToken);
    }

    /// <summary>
    /// Measures the recording of a transcript's contact, when there is one, and compares the two: both describe the same
    /// call, so where they disagree beyond the tolerance one of them is wrong (a lost turn, a swapped channel).
    /// </summary>
    private async Task MeasureRecordingWithTranscriptAsync(
        RunState state, TranscriptWork work, SourcedTranscript transcript, List<SourcedAudio> recordings, CancellationToken cancellationToken)
    {
        var name = transcript.Transcript.CallId + ExportLayout.AudioExtension;
        var path = Path.Combine(work.AudioFolder!, name);
        if (!File.Exists(path))
        {
            return;
        }

        state.AudioDone.Add(name);
        var options = work.Request.Audio!;
        var (audio, reject) = MeasureRecording(path, transcript.Transcript.CallId, options, cancellationToken);
        if (reject is not null)
        {
            await RejectAsync(state, reject, RecordKind.Audio, cancellationToken);
            return;
        }

        var dynamics = transcript.Measures?.Dynamics ?? ConversationDynamics.Compute(transcript.Transcript.Turns, options.Activity.Dynamics);
        if (dynamics.IsComputed)
        {
            var disagreements = AudioTranscriptComparison.Compare(audio!.Activity, dynamics, options.Comparison);
            audio = audio with { ComparedWithTranscript = true, Disagreements = disagreements };
            if (disagreements.Count > 0)
            {
                var details = string.Join("; ", disagreements.Select(d => d.Explanation));
                LogAudioDisagrees(audio.File, disagreements.Count, details);
            }
        }

        recordings.Add(audio!);
    }

    /// <summary>Reads the recordings no transcript of this export named (the others were measured with their transcript).</summary>
    private async Task IngestAudioAsync(IngestRequest request, RunState state, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(state.Source, ExportLayout.AudioFolder);
        if (request.Audio is not { } options)
        {
            return;
        }

        if (EntryProblem(folder, state.Source, isFolder: true) is { } problem)
        {
            await RejectAsync(state, new RejectedRecord(ExportLayout.AudioFolder, null, null, problem, null), RecordKind.Audio, cancellationToken);
            await FlushRejectsAsync(state, cancellationToken);
            return;
        }

        if (!Directory.Exists(folder))
        {
            return;
        }

        // Hidden files (a name starting with a dot) are read too: every file of the export is stored or rejected, never skipped unseen.
        var enumeration = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var total = Directory.EnumerateFiles(folder, "*", enumeration).LongCount(state.Owns);
        var batch = new List<SourcedAudio>(options.BatchSize);
        long done = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", enumeration).Where(state.Owns))
        {
            cancellationToken.ThrowIfCancellationRequested();
            done++;
            if (state.AudioDone.Contains(Path.GetFileName(path)))
            {
                continue;
            }

            var (audio, reject) = MeasureRecording(path, Path.GetFileNameWithoutExtension(path), options, cancellationToken);
            if (reject is not null)
            {
                await RejectAsync(state, reject, RecordKind.Audio, cancellationToken);
                continue;
            }

            batch.Add(audio!);
            if (batch.Count >= options.BatchSize)
            {
                await StoreAudioAsync(state, batch, cancellationToken);
                progress?.Report(new IngestProgress(IngestPhase.Audio, done, total, state.Audio.Read, state.Audio.Rejected));
            }
        }

        await StoreAudioAsync(state, batch, cancellationToken);
        await FlushRejectsAsync(state, cancellationToken);
        progress?.Report(new IngestProgress(IngestPhase.Audio, done, total, state.Audio.Read, state.Audio.Rejected));
    }

    /// <summary>Measures one recording into its measures or a reject; never throws for a bad file.</summary>
    private static (SourcedAudio? Audio, RejectedRecord? Reject) MeasureRecording(
        string path, string callId, AudioIngestOptions options, CancellationToken cancellationToken)
    {
        var relative = $"{ExportLayout.AudioFolder}/{Path.GetFileName(path)}";
        if (new FileInfo(path).LinkTarget is not null)
        {
            return (null, new RejectedRecord(relative, null, callId, "symbolic links are not followed", null));
        }

        try
        {
            return (new SourcedAudio(callId, relative, options.Analyzer.Analyze(path, options.Activity, cancellationToken)), null);
        }
        catch (AudioFormatException ex)
        {
            return (null, new RejectedRecord(relative, null, callId, ex.Message, null));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new RejectedRecord(relative, null, callId, $"could not be read: {ex.Message}", null));
        }
    }

    private Task StoreAudioAsync(RunState state, List<SourcedAudio> batch, CancellationToken cancellationToken) =>
        StoreBatchAsync(state, batch, _store.UpsertAudioAsync, RecordKind.Audio,
            static (item, result) => ContactFileReject(item.File, item.CallId, "recording", result), cancellationToken);

    /// <summary>
    /// Measures one transcript. A failure (say, a cloud sentiment service that rejects a document) costs that
    /// transcript its measures, with a warning, never the transcript itself or the rest of the night's batch.
    /// </summary>
    private async Task<ConversationMeasures?> MeasureAsync(ConversationMeasurer measurer, SourcedTranscript transcript, CancellationToken cancellationToken)
    {
        try
        {
            return await measurer.MeasureAsync(transcript.Transcript, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMeasureFailed(ex, transcript.File, ex.Message);
            return null;
        }
    }

    private Task StoreTranscriptsAsync(RunState state, List<SourcedTranscript> batch, CancellationToken cancellationToken) =>
        StoreBatchAsync(state, batch, _store.UpsertTranscriptsAsync, RecordKind.Transcript,
            static (item, result) => ContactFileReject(item.File, item.Transcript.CallId, "transcript", result), cancellationToken);

    /// <summary>
    /// The reject of a per-contact file (transcript, recording) the store refused: its contact is unknown, or another file
    /// of this run was stored for the contact first.
    /// </summary>
    private static RejectedRecord ContactFileReject(string file, string callId, string noun, UpsertResult result)
    {
        var reason = result.Outcome == UpsertOutcome.UnknownContact
            ? $"no contact '{callId}' in calls.csv of this export or in the database"
            : $"a second {noun} for call '{callId}' in this export ({result.Detail} was read first)";
        return new RejectedRecord(file, null, callId, reason, null);
    }

    /// <summary>Stores one batch, counts what was stored and rejects (with <paramref name="toReject"/>'s reason) what was not.</summary>
    private async Task StoreBatchAsync<T>(
        RunState state,
        List<T> batch,
        Func<long, IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<UpsertResult>>> upsert,
        RecordKind kind,
        Func<T, UpsertResult, RejectedRecord> toReject,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var results = await upsert(state.RunId, batch, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            var result = results[i];
            if (!result.IsStored)
            {
                await RejectAsync(state, toReject(batch[i], result), kind, cancellationToken);
            }
            else
            {
                state.Count(kind, counts => counts.WithResult(result));
            }
        }

        batch.Clear();
        await FlushRejectsAsync(state, cancellationToken);
    }

    private async Task RejectAsync(RunState state, RejectedRecord reject, RecordKind kind, CancellationToken cancellationToken)
    {
        if (state.Scope is { IsFirst: false } && reject.Line is null && reject.File is ExportLayout.CallsFile or ExportLayout.TranscriptsFolder or ExportLayout.AudioFolder)
        {
            // A problem with a whole entry of the export is every chunk's to see, and the first chunk's to record (docs/distributed.md).
            return;
        }

        state.Count(kind, counts => counts.WithReject());
        state.PendingRejects.Add(Redact(state, reject));
        if (state.PendingRejects.Count >= 500)
        {
            await FlushRejectsAsync(state, cancellationToken);
        }
    }

    private async Task FlushRejectsAsync(RunState state, CancellationToken cancellationToken)
    {
        if (state.PendingRejects.Count == 0)
        {
            return;
        }

        await _store.AddRejectsAsync(state.RunId, state.Source, state.PendingRejects, cancellationToken);
        state.PendingRejects.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest run {RunId} started over {Source}")]
    private partial void LogRunStarted(long runId, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private partial void LogWarning(string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No calls file at {Path}; only transcripts are read")]
    private partial void LogNoCalls(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "No transcripts folder at {Path}; contacts only")]
    private partial void LogNoTranscripts(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Repeat contacts linked (window {Window}, same intent {SameIntent}): {Contacts} contacts (full relink {Full}): {Resolved} resolved at first contact, {Repeated} repeated, {Pending} pending, {Unlinkable} unlinkable")]
    private partial void LogRepeatsLinked(long contacts, bool full, long resolved, long repeated, long pending, long unlinkable, string window, bool sameIntent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}: stored without sentiment, dynamics and resolution: {Reason}")]
    private partial void LogMeasureFailed(Exception exception, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Speaker roles: {Inferred} transcripts had roles inferred from what was said; {Flagged} flagged for review (transcripts.roles_need_review)")]
    private partial void LogRolesSummary(long inferred, long flagged);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File}: speaker roles flagged for review: {Reason}")]
    private partial void LogRolesNeedReview(string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File}: recording and transcript disagree on {Count} metric(s): {Details}")]
    private partial void LogAudioDisagrees(string file, int count, string details);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the end of failed run {RunId}")]
    private partial void LogFinishFailed(Exception exception, long runId);

    private enum RecordKind
    {
        Contact,
        Transcript,
        Audio,
    }

    /// <summary>What every transcript batch of a run uses: the request, the classifier's scorer and the role assigner.</summary>
    private sealed record TranscriptWork(IngestRequest Request, ConversationScorer? Scorer, SpeakerRoleAssigner Roles, string? AudioFolder);

    private sealed class RunState(long runId, string source)
    {
        public long RunId { get; } = runId;

        public string Source { get; } = source;

        public IngestCounts Contacts { get; set; } = new();

        public IngestCounts Transcripts { get; set; } = new();

        public IngestCounts Audio { get; set; } = new();

        public List<RejectedRecord> PendingRejects { get; } = [];

        /// <summary>The chunk of the export a distributed ingest reads here; <see langword="null"/> (the default) reads all of it.</summary>
        public IngestChunkScope? Scope { get; init; }

        /// <summary>Whether a file of <c>transcripts/</c> or <c>audio/</c> is read by this run (always, unless it is a chunk).</summary>
        public bool Owns(string path) => Scope?.OwnsFile(path) ?? true;

        /// <summary>Replaces personal data in every text before it is stored.</summary>
        public PiiRedactor Redactor { get; init; } = PiiRedactor.Default;

        /// <summary>What <see cref="Redactor"/> replaced so far.</summary>
        public RedactionCounts Redactions { get; set; } = RedactionCounts.None;

        /// <summary>Transcripts with at least one inferred speaker role.</summary>
        public long RolesInferred { get; private set; }

        /// <summary>Transcripts whose speaker roles were flagged for review.</summary>
        public long RolesFlagged { get; private set; }

        public void CountRoles(SpeakerRoleResult roles)
        {
            RolesInferred += roles.Assignments.Any(a => a.Method == SpeakerRoleMethod.Inferred) ? 1 : 0;
            RolesFlagged += roles.NeedsReview ? 1 : 0;
        }

        /// <summary>Names of the recordings measured with their transcript, which the audio phase then skips.</summary>
        public HashSet<string> AudioDone { get; } = new(StringComparer.Ordinal);

        public void Count(RecordKind kind, Func<IngestCounts, IngestCounts> update)
        {
            switch (kind)
            {
                case RecordKind.Contact:
                    Contacts = update(Contacts);
                    break;
                case RecordKind.Transcript:
                    Transcripts = update(Transcripts);
                    break;
                default:
                    Audio = update(Audio);
                    break;
            }
        }

        public IngestRunSummary Summary(DateTimeOffset startedAt, DateTimeOffset endedAt, IngestRunStatus status, string? error) =>
            new(RunId, Source, startedAt, endedAt, status, Contacts, Transcripts, error) { Audio = Audio, Redactions = Redactions };
    }
}
