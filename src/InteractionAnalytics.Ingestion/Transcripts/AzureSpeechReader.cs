using System.Globalization;
using System.Text.Json;
using System.Xml;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Reads an Azure AI Speech batch transcription result file (<c>{"source": …, "durationInTicks": …,
/// "combinedRecognizedPhrases": […], "recognizedPhrases": [{"recognitionStatus": "Success", "channel": 0, "speaker": 1,
/// "offsetInTicks": …, "durationInTicks": …, "nBest": [{"display": …}]}]}</c>). One turn per phrase whose
/// <c>recognitionStatus</c> is <c>Success</c> (a phrase without the field counts as one); its text is
/// <c>nBest[0].display</c>. Labelled <c>spk_{speaker}</c> when diarized, else <c>ch_{channel}</c> (<c>ch_0</c> when the
/// channel is missing). Times come from the ticks (100 ns), or from the ISO 8601 <c>offset</c>/<c>duration</c> when
/// the ticks are missing. The language is the first phrase's <c>locale</c>, present only with language identification.
/// </summary>
public static class AzureSpeechReader
{
    /// <summary>The format's name in the database, in messages and for <c>--transcript-format</c>.</summary>
    public const string FormatName = TranscriptFormatNames.AzureSpeech;

    private const double TicksPerSecond = TimeSpan.TicksPerSecond;
    private const string PhraseNoun = "phrase";

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
    /// <exception cref="TranscriptFormatException">A wrong shape, bad times, or no recognized phrase.</exception>
    public static LabelledTranscript Parse(JsonElement root, string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException("expected a JSON object with a \"recognizedPhrases\" array");
        }

        if (!root.TryGetProperty("recognizedPhrases"u8, out var phrases) || phrases.ValueKind != JsonValueKind.Array)
        {
            throw new TranscriptFormatException("missing \"recognizedPhrases\" array");
        }

        string? language = null;
        var turns = new List<LabelledTurn>(phrases.GetArrayLength());
        var timeline = new LabelTimeline();
        var labels = new Dictionary<(bool Speaker, long Number), string>();
        var number = 0;
        var unrecognized = 0;
        foreach (var phrase in phrases.EnumerateArray())
        {
            number++;
            if (phrase.ValueKind != JsonValueKind.Object)
            {
                throw new TranscriptFormatException($"{PhraseNoun} {number} is not an object");
            }

            if (phrase.TryGetProperty("recognitionStatus"u8, out var status)
                && status.ValueKind != JsonValueKind.Null
                && !(status.ValueKind == JsonValueKind.String && status.ValueEquals("Success"u8)))
            {
                unrecognized++;
                continue;
            }

            var label = Label(phrase, number, labels);
            var offset = Ticks(phrase, "offsetInTicks", "offset", number);
            var duration = Ticks(phrase, "durationInTicks", "duration", number);
            if (duration < 0)
            {
                throw new TranscriptFormatException(
                    $"{PhraseNoun} {number}: duration {VendorJson.Seconds(duration / TicksPerSecond)} is negative");
            }

            // Adding ticks before dividing keeps whole-tick ends exact (0.76 s + 2.84 s is 3.6 s, not 3.5999…).
            var start = offset / TicksPerSecond;
            var end = (offset + duration) / TicksPerSecond;
            VendorJson.CheckSpan(PhraseNoun, number, "offset", start, "offset + duration", end);
            timeline.Check(label, start, PhraseNoun, number);
            language ??= VendorJson.OptionalString(phrase, "locale"u8);
            var text = Display(phrase, number).Trim();
            if (text.Length > 0)
            {
                turns.Add(new LabelledTurn(label, start, end, text));
            }
        }

        if (turns.Count == 0)
        {
            throw new TranscriptFormatException(unrecognized > 0 && unrecognized == number
                ? $"no speech items: all {unrecognized} phrases have a recognitionStatus other than Success"
                : "no speech items: \"recognizedPhrases\" has no phrase with text");
        }

        return new LabelledTranscript(callId, language, TurnOrder.ByStart(turns));
    }

    /// <summary><c>spk_{speaker}</c> when the phrase is diarized, else <c>ch_{channel}</c>; strings are reused per number.</summary>
    private static string Label(JsonElement phrase, int number, Dictionary<(bool Speaker, long Number), string> labels)
    {
        var isSpeaker = phrase.TryGetProperty("speaker"u8, out var value) && value.ValueKind != JsonValueKind.Null;
        var name = isSpeaker ? "speaker" : "channel";
        if (!isSpeaker && (!phrase.TryGetProperty("channel"u8, out value) || value.ValueKind == JsonValueKind.Null))
        {
            return "ch_0";
        }

        if (!TryWholeNumber(value, out var id))
        {
            throw new TranscriptFormatException($"{PhraseNoun} {number}: {name} {VendorJson.Raw(value)} is not a whole number");
        }

        if (!labels.TryGetValue((isSpeaker, id), out var label))
        {
            label = string.Create(CultureInfo.InvariantCulture, $"{(isSpeaker ? "spk_" : "ch_")}{id}");
            labels.Add((isSpeaker, id), label);
        }

        return label;
    }

    /// <summary>A non-negative whole number, written as a JSON number or (as some exports do) a string.</summary>
    private static bool TryWholeNumber(JsonElement value, out long number)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out number) && number >= 0;
        }

        number = 0;
        return value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A time in ticks from <paramref name="ticksName"/>, else from the ISO 8601 duration in <paramref name="isoName"/>.</summary>
    private static double Ticks(JsonElement phrase, string ticksName, string isoName, int number)
    {
        if (phrase.TryGetProperty(ticksName, out var ticks) && ticks.ValueKind != JsonValueKind.Null)
        {
            // The ticks are written as 7600000.0 as well as 7600000.
            return ticks.ValueKind == JsonValueKind.Number && ticks.TryGetDouble(out var value) && double.IsFinite(value)
                ? value
                : throw new TranscriptFormatException(
                    $"{PhraseNoun} {number}: {ticksName} {VendorJson.Raw(ticks)} is not a number of ticks");
        }

        if (phrase.TryGetProperty(isoName, out var iso) && iso.ValueKind != JsonValueKind.Null)
        {
            try
            {
                return iso.ValueKind == JsonValueKind.String
                    ? XmlConvert.ToTimeSpan(iso.GetString()!).Ticks
                    : throw new FormatException();
            }
            catch (FormatException ex)
            {
                throw new TranscriptFormatException(
                    $"{PhraseNoun} {number}: {isoName} {VendorJson.Raw(iso)} is not an ISO 8601 duration such as \"PT1.23S\"", ex);
            }
            catch (OverflowException ex)
            {
                throw new TranscriptFormatException($"{PhraseNoun} {number}: {isoName} {VendorJson.Raw(iso)} is out of range", ex);
            }
        }

        throw new TranscriptFormatException($"{PhraseNoun} {number} has no {ticksName} or {isoName}");
    }

    private static string Display(JsonElement phrase, int number)
    {
        if (phrase.TryGetProperty("nBest"u8, out var nBest)
            && nBest.ValueKind == JsonValueKind.Array
            && nBest.GetArrayLength() > 0
            && nBest[0].ValueKind == JsonValueKind.Object
            && nBest[0].TryGetProperty("display"u8, out var display)
            && display.ValueKind == JsonValueKind.String)
        {
            return display.GetString()!;
        }

        throw new TranscriptFormatException($"{PhraseNoun} {number} has no nBest[0].display");
    }
}
