using System.Security.Cryptography;
using System.Text;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;

namespace InteractionAnalytics.Storage.Rows;

/// <summary>A <c>contacts</c> row as Dapper binds it: plain strings and numbers, so both dialects agree.</summary>
internal sealed class ContactRow
{
    public required string CallId { get; init; }
    public string? CustomerId { get; init; }
    public string? AgentId { get; init; }
    public string? Team { get; init; }
    public string? Queue { get; init; }
    public required string Channel { get; init; }
    public required string Direction { get; init; }
    public required string StartedAt { get; init; }
    public required string StartedAtUtc { get; init; }
    public required string StartDate { get; init; }
    public string? AnsweredAt { get; init; }
    public required string EndedAt { get; init; }
    public double? IvrSeconds { get; init; }
    public double? QueueSeconds { get; init; }
    public double TalkSeconds { get; init; }
    public double HoldSeconds { get; init; }
    public int HoldCount { get; init; }
    public double AcwSeconds { get; init; }
    public double HandleSeconds { get; init; }
    public int TransferCount { get; init; }
    public int Abandoned { get; init; }
    public string? Disposition { get; init; }
    public required string SourceFile { get; init; }
    public long SourceLine { get; init; }
    public required string ContentHash { get; init; }
    public long RunId { get; init; }

    public static ContactRow From(SourcedContact sourced, long runId)
    {
        var r = sourced.Record;
        var direction = r.Direction == ContactDirection.Inbound ? "inbound" : "outbound";
        var startedAt = StorageFormat.Timestamp(r.StartedAt);
        var answeredAt = r.AnsweredAt is { } a ? StorageFormat.Timestamp(a) : null;
        var endedAt = StorageFormat.Timestamp(r.EndedAt);
        return new ContactRow
        {
            CallId = r.CallId,
            CustomerId = r.CustomerId,
            AgentId = r.AgentId,
            Team = r.Team,
            Queue = r.Queue,
            Channel = r.Channel,
            Direction = direction,
            StartedAt = startedAt,
            StartedAtUtc = StorageFormat.UtcTimestamp(r.StartedAt),
            StartDate = StorageFormat.Date(r.StartedAt),
            AnsweredAt = answeredAt,
            EndedAt = endedAt,
            IvrSeconds = r.IvrSeconds,
            QueueSeconds = r.QueueSeconds,
            TalkSeconds = r.TalkSeconds,
            HoldSeconds = r.HoldSeconds,
            HoldCount = r.HoldCount,
            AcwSeconds = r.AcwSeconds,
            HandleSeconds = r.HandleSeconds,
            TransferCount = r.TransferCount,
            Abandoned = r.Abandoned ? 1 : 0,
            Disposition = r.Disposition,
            SourceFile = sourced.File,
            SourceLine = sourced.Line,
            ContentHash = Hash(r, direction, startedAt, answeredAt, endedAt),
            RunId = runId,
        };
    }

    /// <summary>
    /// A fingerprint of what the export said about the contact (not where it said it): equal fingerprints
    /// mean a rerun changes nothing, different ones mean the ACD corrected the record and it is updated.
    /// </summary>
    private static string Hash(ContactRecord r, string direction, string startedAt, string? answeredAt, string endedAt)
    {
        var text = string.Join('\u001f',
            r.CallId, r.CustomerId, r.AgentId, r.Team, r.Queue, r.Channel, direction, startedAt, answeredAt, endedAt,
            Number(r.IvrSeconds), Number(r.QueueSeconds), Number(r.TalkSeconds), Number(r.HoldSeconds), r.HoldCount,
            Number(r.AcwSeconds), r.TransferCount, r.Abandoned, r.Disposition);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
