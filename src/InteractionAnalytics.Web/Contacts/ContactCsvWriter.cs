using System.Globalization;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Web.Contacts;

/// <summary>
/// Writes a contact list as CSV (RFC 4180: comma-separated, CRLF line ends, a header row; a field with a comma, quote or
/// line break is quoted and its quotes doubled). Text that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) gets a leading <c>'</c>, so an exported agent id or
/// queue name cannot execute in the supervisor's spreadsheet (OWASP "CSV injection"). Numbers are ours and are written
/// as they are: seconds and confidences unrounded, invariant culture.
/// </summary>
internal static class ContactCsvWriter
{
    public const string Header =
        "call_id,started_at,agent_id,team,queue,channel,direction,abandoned,handle_seconds,transfer_count,intent,intent_confidence,root_cause,root_cause_confidence,corrected,outcome,resolution";

    public static async Task WriteAsync(TextWriter output, IAsyncEnumerable<ContactListItem> contacts, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Header + "\r\n");
        await foreach (var c in contacts.WithCancellation(cancellationToken))
        {
            string[] cells =
            [
                Text(c.CallId),
                c.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                Text(c.AgentId), Text(c.Team), Text(c.Queue), Text(c.Channel), Text(c.Direction),
                c.Abandoned ? "true" : "false",
                Number(c.HandleSeconds),
                c.TransferCount.ToString(CultureInfo.InvariantCulture),
                Text(c.Intent), Number(c.IntentConfidence), Text(c.RootCause), Number(c.RootCauseConfidence),
                c.Corrected ? "true" : "false",
                Text(c.Outcome), Text(c.Resolution),
            ];
            await output.WriteAsync(string.Join(',', cells) + "\r\n");
        }
    }

    /// <summary>A text cell: neutralised against formulas, then quoted when it needs to be.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
