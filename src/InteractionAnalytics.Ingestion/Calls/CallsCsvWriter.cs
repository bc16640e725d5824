using System.Globalization;
using InteractionAnalytics.Core.Contacts;

namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>Writes contacts as export format v1 <c>calls.csv</c> (header first, RFC 4180 quoting, invariant culture).</summary>
public sealed class CallsCsvWriter
{
    private readonly TextWriter _writer;
    private bool _wroteHeader;

    /// <summary>Creates a writer over <paramref name="writer"/>; the caller owns and disposes it.</summary>
    public CallsCsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Writes one contact (and the header before the first one).</summary>
    public void Write(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_wroteHeader)
        {
            _writer.Write(string.Join(',', CallField.All));
            _writer.Write('\n');
            _wroteHeader = true;
        }

        string?[] fields =
        [
            record.CallId,
            record.CustomerId,
            record.AgentId,
            record.Team,
            record.Queue,
            record.Channel,
            record.Direction == ContactDirection.Inbound ? "inbound" : "outbound",
            Timestamp(record.StartedAt),
            record.AnsweredAt is { } answered ? Timestamp(answered) : null,
            Timestamp(record.EndedAt),
            Number(record.IvrSeconds),
            Number(record.QueueSeconds),
            Number(record.TalkSeconds),
            Number(record.HoldSeconds),
            record.HoldCount.ToString(CultureInfo.InvariantCulture),
            Number(record.AcwSeconds),
            record.TransferCount.ToString(CultureInfo.InvariantCulture),
            record.Abandoned ? "true" : "false",
            record.Disposition,
        ];

        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteField(fields[i]);
        }

        _writer.Write('\n');
    }

    /// <summary>Writes the header alone (an export with no contacts still has one).</summary>
    public void WriteHeaderIfMissing()
    {
        if (!_wroteHeader)
        {
            _writer.Write(string.Join(',', CallField.All));
            _writer.Write('\n');
            _wroteHeader = true;
        }
    }

    private void WriteField(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        else
        {
            _writer.Write(value);
        }
    }

    private static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);
}
