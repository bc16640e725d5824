using System.Globalization;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Ingestion.Csv;

namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>
/// Reads <c>calls.csv</c> (or a center's own export through a <see cref="ColumnMapping"/>) record by record:
/// every record comes out as a valid contact or as a reject with its line and reason. Streams; memory does
/// not grow with the file.
/// </summary>
public sealed class CallsCsvReader
{
    /// <summary>
    /// The longest row read, in characters (65,536): a contact's fields are ids, names, timestamps and numbers, so a longer
    /// row is a broken export (a missing line break, binary data), rejected rather than stored.
    /// </summary>
    public const int MaxRowCharacters = 65_536;

    /// <summary>The warning for a row with invalid UTF-8 (U+FFFD after decoding).</summary>
    public const string InvalidUtf8Warning = "invalid UTF-8 byte(s) replaced with U+FFFD (is the file Latin-1 or Windows-1252? export it as UTF-8)";

    private const string NulBytes = "NUL bytes (a binary file, or UTF-16 without a byte-order mark?); calls.csv must be UTF-8 text";

    private readonly ColumnMapping _mapping;
    private readonly TimeZoneInfo? _timeZone;

    /// <summary>Creates a reader.</summary>
    /// <param name="mapping">How the export's columns map to v1 fields.</param>
    /// <param name="timeZone">Time zone for timestamps without an offset; <see langword="null"/> rejects them.</param>
    public CallsCsvReader(ColumnMapping mapping, TimeZoneInfo? timeZone)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _mapping = mapping;
        _timeZone = timeZone;
    }

    /// <summary>Reads every record of <paramref name="reader"/>.</summary>
    /// <param name="reader">The file's text; the caller owns it.</param>
    /// <param name="file">The file's path relative to the export, for rejects (e.g. <c>calls.csv</c>).</param>
    /// <param name="warn">Receives warnings that reject nothing (e.g. ignored columns).</param>
    public IEnumerable<ParsedCall> Read(TextReader reader, string file, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(warn);
        var rows = new CsvRowReader(reader, _mapping.Delimiter, MaxRowCharacters);
        var header = rows.Read();
        if (header is null)
        {
            yield return Reject(file, null, null, "file is empty; expected a header row and one row per contact", null);
            yield break;
        }

        string? headerProblem = null;
        Dictionary<string, int> columns = [];
        if (header.Raw.Contains('\0', StringComparison.Ordinal))
        {
            headerProblem = $"the header row contains {NulBytes}";
        }
        else if (!header.IsValid)
        {
            headerProblem = $"the header row (line {header.Line}) is malformed: {header.Error}";
        }
        else
        {
            columns = ResolveColumns(header.Fields, out var missing, out var ignored, out var duplicated);
            if (duplicated.Count > 0)
            {
                headerProblem = $"the header names column(s) {string.Join(", ", duplicated)} more than once";
            }
            else if (missing.Count > 0)
            {
                headerProblem = $"the header has no column for required field(s) {string.Join(", ", missing)}";
            }

            if (ignored.Count > 0)
            {
                warn($"{file}: ignoring column(s) not in the mapping: {string.Join(", ", ignored)}");
            }
        }

        var fieldCount = header.Fields.Count;
        var sawRow = false;
        while (rows.Read() is { } row)
        {
            sawRow = true;
            if (headerProblem is not null)
            {
                yield return Reject(file, row.Line, null, headerProblem, row.Raw);
            }
            else if (row.Raw.Length > MaxRowCharacters)
            {
                yield return Reject(file, row.Line, null, string.Create(
                    CultureInfo.InvariantCulture, $"the row is {row.Raw.Length:N0} characters long; a calls.csv row is at most {MaxRowCharacters:N0}"), row.Raw);
            }
            else if (row.Raw.Contains('\0', StringComparison.Ordinal))
            {
                yield return Reject(file, row.Line, null, $"the row contains {NulBytes}", row.Raw.Replace('\0', ' '));
            }
            else if (!row.IsValid)
            {
                yield return Reject(file, row.Line, null, $"malformed CSV: {row.Error}", row.Raw);
            }
            else if (row.Fields.Count != fieldCount)
            {
                var key = columns.TryGetValue(CallField.CallId, out var idIndex) && idIndex < row.Fields.Count ? Blank(row.Fields[idIndex]) : null;
                yield return Reject(file, row.Line, key, $"row has {row.Fields.Count} fields; the header has {fieldCount}", row.Raw);
            }
            else
            {
                if (row.Raw.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    warn($"{file} line {row.Line}: {InvalidUtf8Warning}");
                }

                yield return Convert(row, columns, file);
            }
        }

        if (!sawRow && headerProblem is not null)
        {
            // No data rows to carry the reason, so the file itself is the rejected record.
            yield return Reject(file, header.Line, null, headerProblem, header.Raw);
        }
    }

    private Dictionary<string, int> ResolveColumns(
        IReadOnlyList<string> headers, out List<string> missing, out List<string> ignored, out List<string> duplicated)
    {
        var byHeader = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        duplicated = [];
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (!byHeader.TryAdd(name, i) && name.Length > 0)
            {
                duplicated.Add(name);
            }
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<int>();
        missing = [];
        foreach (var field in CallField.All)
        {
            var header = _mapping.HeaderFor(field);
            if (header is not null && byHeader.TryGetValue(header.Trim(), out var index))
            {
                columns[field] = index;
                used.Add(index);
            }
            else if (CallField.Required.Contains(field))
            {
                missing.Add(header is null || header == field ? field : $"{field} (header \"{header}\")");
            }
        }

        ignored = [.. headers.Where((h, i) => !used.Contains(i) && h.Trim().Length > 0).Select(h => h.Trim())];
        return columns;
    }

    private ParsedCall Convert(CsvRow row, Dictionary<string, int> columns, string file)
    {
        var problems = new List<string>();
        string? Text(string field)
        {
            if (!columns.TryGetValue(field, out var index))
            {
                return null;
            }

            var raw = Blank(row.Fields[index]);
            return raw is null ? null : Blank(_mapping.Translate(field, raw));
        }

        DateTimeOffset? Time(string field, bool required)
        {
            var raw = Text(field);
            if (raw is null)
            {
                if (required)
                {
                    problems.Add($"{field} is empty");
                }

                return null;
            }

            var problem = FieldParsers.Timestamp(field, raw, _timeZone, _mapping.TimestampFormat, out var value);
            return Collect(problem) ? value : null;
        }

        double? Seconds(string field)
        {
            var raw = Text(field);
            if (raw is null)
            {
                return null;
            }

            var problem = FieldParsers.Duration(field, raw, _mapping.DurationUnit, out var value);
            return Collect(problem) ? value : null;
        }

        int? Count(string field)
        {
            var raw = Text(field);
            if (raw is null)
            {
                return null;
            }

            var problem = FieldParsers.Count(field, raw, out var value);
            return Collect(problem) ? value : null;
        }

        bool Collect(string? problem)
        {
            if (problem is null)
            {
                return true;
            }

            problems.Add(problem);
            return false;
        }

        var callId = Text(CallField.CallId);
        if (callId is null)
        {
            problems.Add("call_id is empty");
        }

        var startedAt = Time(CallField.StartedAt, required: true);
        var endedAt = Time(CallField.EndedAt, required: true);
        var answeredAt = Time(CallField.AnsweredAt, required: false);

        var ivr = Seconds(CallField.IvrSeconds);
        var queue = Seconds(CallField.QueueSeconds);
        var talk = Seconds(CallField.TalkSeconds);
        var hold = Seconds(CallField.HoldSeconds) ?? 0;
        var acw = Seconds(CallField.AcwSeconds) ?? 0;
        var holdCount = Count(CallField.HoldCount) ?? 0;
        var transfers = Count(CallField.TransferCount) ?? 0;

        bool? abandoned = null;
        if (Text(CallField.Abandoned) is { } abandonedText && Collect(FieldParsers.Flag(CallField.Abandoned, abandonedText, out var flag)))
        {
            abandoned = flag;
        }

        var direction = ContactDirection.Inbound;
        var directionText = Text(CallField.Direction);
        switch (directionText?.ToUpperInvariant())
        {
            case null or "INBOUND" or "IN":
                break;
            case "OUTBOUND" or "OUT":
                direction = ContactDirection.Outbound;
                break;
            default:
                problems.Add($"direction '{directionText}' is not inbound or outbound");
                break;
        }

        // Abandoned when the export does not say: nobody answered and nobody talked.
        var isAbandoned = abandoned ?? (answeredAt is null && (talk ?? 0) == 0);
        if (!isAbandoned && talk is null && problems.Count == 0)
        {
            if (answeredAt is { } answered && endedAt is { } ended)
            {
                // Derived, documented in docs/export-format.md: the connected time minus hold.
                talk = (ended - answered).TotalSeconds - hold;
            }
            else
            {
                problems.Add("talk_seconds is empty for a handled contact and cannot be derived without answered_at");
            }
        }

        if (callId is null || startedAt is null || endedAt is null)
        {
            return Reject(file, row.Line, callId, string.Join("; ", problems), row.Raw);
        }

        var record = new ContactRecord
        {
            CallId = callId,
            CustomerId = Text(CallField.CustomerId),
            AgentId = Text(CallField.AgentId),
            Team = Text(CallField.Team),
            Queue = Text(CallField.Queue),
            Channel = Text(CallField.Channel)?.ToLowerInvariant() ?? "voice",
            Direction = direction,
            StartedAt = startedAt.Value,
            AnsweredAt = answeredAt,
            EndedAt = endedAt.Value,
            IvrSeconds = ivr,
            QueueSeconds = queue,
            TalkSeconds = talk ?? 0,
            HoldSeconds = hold,
            HoldCount = holdCount,
            AcwSeconds = acw,
            TransferCount = transfers,
            Abandoned = isAbandoned,
            Disposition = Text(CallField.Disposition),
        };

        // The rules run even when a field failed to parse, so one reject lists every problem of the row.
        problems.AddRange(ContactRules.Check(record));
        return problems.Count > 0
            ? Reject(file, row.Line, callId, string.Join("; ", problems), row.Raw)
            : new ParsedCall(new SourcedContact(record, file, row.Line), null);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ParsedCall Reject(string file, long? line, string? key, string reason, string? raw) =>
        new(null, new RejectedRecord(file, line, key, reason, raw is { Length: > RejectedRecord.MaxRawLength } ? raw[..RejectedRecord.MaxRawLength] : raw));
}
