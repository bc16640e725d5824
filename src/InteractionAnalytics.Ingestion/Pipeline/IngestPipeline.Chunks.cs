using System.Text;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Privacy;
using InteractionAnalytics.Ingestion.Calls;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>
/// The pieces of a run that a distributed ingest (docs/distributed.md) spreads over several processes: start the run
/// once, ingest each chunk anywhere (any number of times: every write is an upsert keyed by call id), then the
/// post-pass once, with the totals of the chunks.
/// </summary>
public sealed partial class IngestPipeline
{
    /// <summary>Starts a run that chunks will fill (an <c>ingest_runs</c> row, status running), as <see cref="RunAsync"/> does.</summary>
    /// <returns>The run id.</returns>
    /// <exception cref="DirectoryNotFoundException">The export directory does not exist.</exception>
    public async Task<long> StartChunkedRunAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = Path.GetFullPath(request.ExportDirectory);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The export directory '{source}' does not exist.");
        }

        var runId = await _store.StartRunAsync(source, OptionsJson(request), _time.GetUtcNow(), cancellationToken);
        LogRunStarted(runId, source);
        return runId;
    }

    /// <summary>
    /// Splits the export into chunks of <paramref name="chunkSize"/> records of <c>calls.csv</c> (good or bad), each with
    /// the transcripts and recordings of its calls. An export without a readable <c>calls.csv</c> is one chunk.
    /// </summary>
    public static IReadOnlyList<IngestChunkRange> PlanChunks(IngestRequest request, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var starts = new List<long>();
        ReadCalls(request, (line, _) => starts.Add(line));
        var chunks = new List<IngestChunkRange>();
        for (var i = 0; i < starts.Count || chunks.Count == 0; i += chunkSize)
        {
            var first = chunks.Count == 0 ? 0 : starts[i];
            var last = i + chunkSize < starts.Count ? starts[i + chunkSize] - 1 : long.MaxValue;
            chunks.Add(new IngestChunkRange(chunks.Count + 1, first, last));
        }

        return chunks;
    }

    /// <summary>Each call id of the export's <c>calls.csv</c> and the line its first record starts on; empty without the file.</summary>
    public static IReadOnlyDictionary<string, long> ReadCallLines(IngestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        ReadCalls(request, (line, callId) =>
        {
            if (callId is not null)
            {
                lines.TryAdd(callId, line);
            }
        });
        return lines;
    }

    /// <summary>
    /// Ingests the records <paramref name="scope"/> owns into run <paramref name="runId"/>, without the post-pass.
    /// Running it again for the same chunk stores the same rows (the caller first clears what the run's earlier attempt
    /// marked, docs/distributed.md).
    /// </summary>
    /// <returns>The chunk's counts (the run id, source and status are the run's; its times are this attempt's).</returns>
    public async Task<IngestRunSummary> RunChunkAsync(IngestRequest request, long runId, IngestChunkScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        var source = Path.GetFullPath(request.ExportDirectory);
        var startedAt = _time.GetUtcNow();
        var state = new RunState(runId, source) { Redactor = new PiiRedactor(request.Redaction), Scope = scope };
        await IngestContactsAsync(request, state, null, cancellationToken);
        await IngestTranscriptsAsync(request, state, null, cancellationToken);
        await IngestAudioAsync(request, state, null, cancellationToken);
        return state.Summary(startedAt, _time.GetUtcNow(), IngestRunStatus.Running, null);
    }

    /// <summary>
    /// The post-pass of a chunked run, once every chunk is stored: links repeat contacts over all nights and records the
    /// run as completed with <paramref name="totals"/> (the sums of the chunks' counts).
    /// </summary>
    public async Task<IngestRunSummary> FinishChunkedRunAsync(IngestRequest request, IngestRunSummary totals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(totals);
        var repeats = await LinkRepeatsAsync(request, totals.RunId, null, cancellationToken);
        var summary = totals with { Status = IngestRunStatus.Completed, EndedAt = _time.GetUtcNow(), Repeats = repeats };
        await _store.FinishRunAsync(summary, cancellationToken);
        return summary;
    }

    /// <summary>Calls <paramref name="record"/> with the start line and call id (null for a bad record) of every record of <c>calls.csv</c>.</summary>
    private static void ReadCalls(IngestRequest request, Action<long, string?> record)
    {
        var path = Path.Combine(Path.GetFullPath(request.ExportDirectory), ExportLayout.CallsFile);
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            foreach (var parsed in new CallsCsvReader(request.Mapping, request.TimeZone).Read(text, ExportLayout.CallsFile, static _ => { }))
            {
                if (parsed.Contact is { } contact)
                {
                    record(contact.Line, contact.Record.CallId);
                }
                else if (parsed.Reject?.Line is { } line)
                {
                    record(line, null);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable file is the first chunk's reject, as in a single-process run; the records read so far keep their chunks.
        }
    }
}
