using System.Text.Json;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Reads Amazon Transcribe Call Analytics output (<c>{"JobStatus": …, "LanguageCode": …, "Transcript": [{"ParticipantRole":
/// "AGENT", "Content": …, "BeginOffsetMillis": …, "EndOffsetMillis": …}]}</c>) and Amazon Connect Contact Lens voice
/// output (the same plus <c>"Participants": [{"ParticipantId": …, "ParticipantRole": …}]</c>, each entry naming its
/// <c>ParticipantId</c>). One turn per <c>Transcript</c> entry. The label is the entry's <c>ParticipantId</c> as given,
/// else its <c>ParticipantRole</c>; the role (AGENT, CUSTOMER, SYSTEM, IVR) becomes a declared role. Sentiment, loudness,
/// issues, categories and the vendor's ids (<c>JobName</c>, <c>ContactId</c>) are ignored: the call id comes from the file
/// name. Contact Lens chat output (<c>"Channel": "CHAT"</c>) has no audio offsets and is not read.
/// </summary>
public static class CallAnalyticsReader
{
    /// <summary>The format's name in the database, in messages and for <c>--transcript-format</c>.</summary>
    public const string FormatName = TranscriptFormatNames.AwsCallAnalytics;

    private const string EntryNoun = "Transcript entry";

    /// <summary>Parses the file's bytes (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="callId">The call id the file name gives.</param>
    /// <exception cref="TranscriptFormatException">Malformed JSON, a wrong shape, or bad times.</exception>
    public static LabelledTranscript Parse(ReadOnlyMemory<byte> utf8Json, string callId)
    {
        using var document = VendorJson.Parse(utf8Json);
        return Parse(document.RootElement, callId);
    }

    /// <summary>Parses an already-parsed file.</summary>
    /// <param name="root">The file's root element.</param>
    /// <param name="callId">The call id the file name gives.</param>
    /// <exception cref="TranscriptFormatException">A wrong shape, bad times, or no entries with text.</exception>
    public static LabelledTranscript Parse(JsonElement root, string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException("expected a JSON object with a \"Transcript\" array");
        }

        if (VendorJson.OptionalString(root, "Channel"u8) is { } channel && !channel.Equals("VOICE", StringComparison.OrdinalIgnoreCase))
        {
            throw new TranscriptFormatException($"\"Channel\" is '{channel}'; only VOICE analyses (with audio offsets) are read");
        }

        if (!root.TryGetProperty("Transcript"u8, out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new TranscriptFormatException("missing \"Transcript\" array");
        }

        var declared = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        var participantRoles = ReadParticipants(root, declared);
        var turns = new List<LabelledTurn>(entries.GetArrayLength());
        var timeline = new LabelTimeline();
        var number = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            number++;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new TranscriptFormatException($"{EntryNoun} {number} is not an object");
            }

            var role = VendorJson.OptionalString(entry, "ParticipantRole"u8);
            var label = VendorJson.OptionalString(entry, "ParticipantId"u8);
            if (label is not null)
            {
                role ??= participantRoles.GetValueOrDefault(label);
            }
            else
            {
                label = role ?? throw new TranscriptFormatException($"{EntryNoun} {number} has neither ParticipantId nor ParticipantRole");
            }

            if (role is not null && TryParseRole(role, out var speaker))
            {
                declared.TryAdd(label, speaker);
            }

            var content = VendorJson.OptionalString(entry, "Content"u8)
                ?? throw new TranscriptFormatException($"{EntryNoun} {number} has no \"Content\" string");
            var start = Millis(entry, "BeginOffsetMillis", number);
            var end = Millis(entry, "EndOffsetMillis", number);
            VendorJson.CheckSpan(EntryNoun, number, "BeginOffsetMillis", start, "EndOffsetMillis", end);
            timeline.Check(label, start, EntryNoun, number);
            content = content.Trim();
            if (content.Length > 0)
            {
                turns.Add(new LabelledTurn(label, start, end, content));
            }
        }

        if (turns.Count == 0)
        {
            throw new TranscriptFormatException("no speech items: the \"Transcript\" array has no entries with text");
        }

        var language = VendorJson.OptionalString(root, "LanguageCode"u8);
        return new LabelledTranscript(callId, language, TurnOrder.ByStart(turns)) { DeclaredRoles = declared };
    }

    /// <summary>
    /// Maps a Call Analytics or Contact Lens participant role to ours: AGENT, CUSTOMER, SYSTEM and IVR (any case);
    /// <see langword="false"/> for anything else, which is then left to role inference.
    /// </summary>
    public static bool TryParseRole(string role, out Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(role);

        // The vendor's roles (AGENT, CUSTOMER, and SYSTEM/IVR where present) are our role names in upper case.
        return SpeakerNames.TryParse(role, out speaker);
    }

    /// <summary>Roles by participant id from Contact Lens' <c>Participants</c>; declares the known ones.</summary>
    private static Dictionary<string, string> ReadParticipants(JsonElement root, Dictionary<string, Speaker> declared)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("Participants"u8, out var participants) || participants.ValueKind != JsonValueKind.Array)
        {
            return roles;
        }

        foreach (var participant in participants.EnumerateArray())
        {
            if (participant.ValueKind == JsonValueKind.Object
                && VendorJson.OptionalString(participant, "ParticipantId"u8) is { } id
                && VendorJson.OptionalString(participant, "ParticipantRole"u8) is { } role)
            {
                roles.TryAdd(id, role);
                if (TryParseRole(role, out var speaker))
                {
                    declared.TryAdd(id, speaker);
                }
            }
        }

        return roles;
    }

    private static double Millis(JsonElement entry, string name, int number)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new TranscriptFormatException($"{EntryNoun} {number} has no {name}");
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var millis) && double.IsFinite(millis)
            ? millis / 1000
            : throw new TranscriptFormatException($"{EntryNoun} {number}: {name} {VendorJson.Raw(value)} is not a number of milliseconds");
    }
}
