using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace InteractionAnalytics.Ingestion.Pipeline;

/// <summary>
/// PII redaction (docs/privacy.md): every text the run stores passes through the run's redactor first: transcript turns
/// (before speaker roles, classification and measures, so their evidence is clean too), the contacts' free-text fields
/// and rejected records' reason and raw text.
/// </summary>
public sealed partial class IngestPipeline
{
    /// <summary>The transcript with its turns redacted.</summary>
    private static ParsedTranscriptFile Redact(RunState state, ParsedTranscriptFile file)
    {
        var (transcript, counts) = TranscriptRedaction.Redact(file.Transcript, state.Redactor);
        state.Redactions = state.Redactions.Add(counts);
        return counts.Total == 0 ? file : file with { Transcript = transcript };
    }

    /// <summary>
    /// The contact with its free text redacted: team, queue and disposition. The call, customer and agent ids are keys
    /// the center chose, not text anyone spoke or typed, and are kept (reports and repeat linking join on them).
    /// </summary>
    private static SourcedContact Redact(RunState state, SourcedContact contact)
    {
        var record = contact.Record;
        var counts = state.Redactions;
        var redacted = record with
        {
            Team = state.Redactor.Redact(record.Team, ref counts),
            Queue = state.Redactor.Redact(record.Queue, ref counts),
            Disposition = state.Redactor.Redact(record.Disposition, ref counts),
        };
        var changed = counts.Total != state.Redactions.Total;
        state.Redactions = counts;
        return changed ? contact with { Record = redacted } : contact;
    }

    /// <summary>The reject with its reason and raw text redacted: a rejected line can hold a card number.</summary>
    private static RejectedRecord Redact(RunState state, RejectedRecord reject)
    {
        var counts = state.Redactions;
        var reason = state.Redactor.Redact(reject.Reason, ref counts)!;
        var raw = state.Redactor.Redact(WithoutCutNumber(reject.Raw, state.Redactor), ref counts);
        state.Redactions = counts;
        return ReferenceEquals(reason, reject.Reason) && ReferenceEquals(raw, reject.Raw) ? reject : reject with { Reason = reason, Raw = raw };
    }

    /// <summary>
    /// A raw text cut at <see cref="RejectedRecord.MaxRawLength"/> in the middle of a number loses that number's digits
    /// (the text ends "…"): what is left of a card cut there is too short to be recognised, yet is most of it.
    /// </summary>
    private static string? WithoutCutNumber(string? raw, PiiRedactor redactor)
    {
        if (raw is not { Length: RejectedRecord.MaxRawLength } || !char.IsAsciiDigit(raw[^1]) || !redactor.Options.Redacts(PiiKind.Card))
        {
            return raw;
        }

        var end = raw.Length;
        while (end > 0 && (char.IsAsciiDigit(raw[end - 1]) || raw[end - 1] is ' ' or '-' or '.'))
        {
            end--;
        }

        return string.Concat(raw.AsSpan(0, end), "\u2026");
    }

    private void LogRedactionSummary(RunState state)
    {
        if (state.Redactor.Options.IsEnabled)
        {
            var counts = state.Redactions;
            LogRedactions(state.Redactor.Options, counts.Cards, counts.Ssns, counts.Phones, counts.Emails, counts.SpokenNumbers);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PII redaction ({Kinds}) replaced {Cards} card numbers, {Ssns} SSNs, {Phones} phone numbers, {Emails} e-mail addresses, {SpokenNumbers} long spoken numbers")]
    private partial void LogRedactions(RedactionOptions kinds, long cards, long ssns, long phones, long emails, long spokenNumbers);
}
