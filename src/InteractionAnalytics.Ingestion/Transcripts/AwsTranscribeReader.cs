using System.Text.Json;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Reads Amazon Transcribe batch output: <c>{"jobName": …, "results": {"transcripts": […], "items": […],
/// "speaker_labels" | "channel_labels": {…}, "audio_segments": […]}}</c>. The vendor's own segmentation wins: turns come
/// from <c>audio_segments</c> when present (one turn per segment); else from each channel's items in
/// <c>channel_labels</c>, merged by start time so a turn ends when the other channel speaks; else from <c>items</c>,
/// where each of <c>speaker_labels.segments</c> starts a new turn. Words also change turn on a change of label or a
/// pause of more than <see cref="MaxPauseSeconds"/>. Labels are the file's (<c>spk_0</c>, <c>ch_1</c>); without
/// diarization or channels every word is <c>spk_0</c> and turns end at sentence ends. <c>jobName</c> and
/// <c>accountId</c> are ignored: the call id comes from the file name. docs/transcript-formats.md describes the rules.
/// </summary>
public static class AwsTranscribeReader
{
    /// <summary>The format's name in the database, in messages and for <c>--transcript-format</c>.</summary>
    public const string FormatName = TranscriptFormatNames.AwsTranscribe;

    /// <summary>
    /// The longest pause, in seconds, between two consecutive words of one speaker that still keeps them in one turn;
    /// a longer pause starts a new turn. 2.0 seconds.
    /// </summary>
    public const double MaxPauseSeconds = 2.0;

    private const string DefaultLabel = "spk_0";
    private const string ItemNoun = "item";
    private const string SegmentNoun = "audio segment";

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
    /// <exception cref="TranscriptFormatException">A wrong shape, bad times, or no words.</exception>
    public static LabelledTranscript Parse(JsonElement root, string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException("expected a JSON object with a \"results\" object");
        }

        if (!root.TryGetProperty("results"u8, out var results) || results.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException("missing \"results\" object");
        }

        var language = VendorJson.OptionalString(results, "language_code"u8) ?? VendorJson.OptionalString(root, "language_code"u8);
        var turns = new List<LabelledTurn>();
        var timeline = new LabelTimeline();
        if (results.TryGetProperty("audio_segments"u8, out var segments)
            && segments.ValueKind == JsonValueKind.Array
            && segments.GetArrayLength() > 0)
        {
            ReadSegments(segments, turns, timeline);
        }
        else if (results.TryGetProperty("channel_labels"u8, out var channelLabels)
            && channelLabels.ValueKind == JsonValueKind.Object
            && channelLabels.TryGetProperty("channels"u8, out var channels)
            && channels.ValueKind == JsonValueKind.Array)
        {
            // Each channel's items are read (and their times checked) in turn, then all words are merged by start time:
            // turns built per channel and then sorted would let one channel's turn span the other's short replies.
            var merger = new ChannelWordMerger();
            var number = 0;
            foreach (var channel in channels.EnumerateArray())
            {
                number++;
                if (channel.ValueKind != JsonValueKind.Object
                    || !channel.TryGetProperty("items"u8, out var channelItems)
                    || channelItems.ValueKind != JsonValueKind.Array)
                {
                    throw new TranscriptFormatException($"channel_labels channel {number} has no \"items\" array");
                }

                var label = VendorJson.OptionalString(channel, "channel_label"u8);
                merger.BeginChannel();
                var itemLanguage = ReadItems(channelItems, label, null, null, merger, timeline);
                language ??= itemLanguage;
            }

            var builder = new WordTurnBuilder(turns);
            merger.FeedTo(builder);
            builder.Flush();
        }
        else if (results.TryGetProperty("items"u8, out var items) && items.ValueKind == JsonValueKind.Array)
        {
            var builder = new WordTurnBuilder(turns);
            var segmentStarts = ReadSpeakerSegments(results, items, out var segmentLabels);
            var itemLanguage = ReadItems(items, null, segmentStarts, segmentLabels, builder, timeline);
            language ??= itemLanguage;
            builder.Flush();
        }
        else
        {
            throw new TranscriptFormatException("\"results\" has no \"items\" or \"audio_segments\" array");
        }

        if (turns.Count == 0)
        {
            throw new TranscriptFormatException("no speech items: the transcript has no words");
        }

        return new LabelledTranscript(callId, language, TurnOrder.ByStart(turns));
    }

    private static void ReadSegments(JsonElement segments, List<LabelledTurn> turns, LabelTimeline timeline)
    {
        var number = 0;
        foreach (var segment in segments.EnumerateArray())
        {
            number++;
            if (segment.ValueKind != JsonValueKind.Object)
            {
                throw new TranscriptFormatException($"{SegmentNoun} {number} is not an object");
            }

            var text = VendorJson.OptionalString(segment, "transcript"u8)
                ?? throw new TranscriptFormatException($"{SegmentNoun} {number} has no \"transcript\" string");
            var start = Seconds(segment.TryGetProperty("start_time"u8, out var s) ? s : default, "start_time", SegmentNoun, number);
            var end = Seconds(segment.TryGetProperty("end_time"u8, out var e) ? e : default, "end_time", SegmentNoun, number);
            VendorJson.CheckSpan(SegmentNoun, number, "start_time", start, "end_time", end);
            var label = VendorJson.OptionalString(segment, "speaker_label"u8)
                ?? VendorJson.OptionalString(segment, "channel_label"u8)
                ?? DefaultLabel;
            timeline.Check(label, start, SegmentNoun, number);
            text = text.Trim();
            if (text.Length > 0)
            {
                turns.Add(new LabelledTurn(label, start, end, text));
            }
        }
    }

    /// <summary>Reads word items into <paramref name="sink"/>; returns the first item-level language code, if any.</summary>
    /// <param name="items">The items array.</param>
    /// <param name="channelLabel">The label of the channel the items belong to, or <see langword="null"/>.</param>
    /// <param name="segmentStarts">
    /// Start times of the <c>speaker_labels</c> segments, or <see langword="null"/>; each is consumed by the first word
    /// starting then, which starts a new turn.
    /// </param>
    /// <param name="segmentLabels">Labels by start time from the older <c>speaker_labels</c> section, or <see langword="null"/>.</param>
    /// <param name="sink">Receives the words.</param>
    /// <param name="timeline">Checks time order per label.</param>
    private static string? ReadItems(
        JsonElement items,
        string? channelLabel,
        HashSet<double>? segmentStarts,
        Dictionary<double, string>? segmentLabels,
        IWordSink sink,
        LabelTimeline timeline)
    {
        string? language = null;
        var previousLabel = DefaultLabel;
        var number = 0;
        foreach (var item in items.EnumerateArray())
        {
            number++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new TranscriptFormatException($"item {number} is not an object");
            }

            // One pass over the item's properties instead of a lookup per field: this loop runs once per word.
            JsonElement type = default, alternatives = default, startTime = default, endTime = default;
            JsonElement speaker = default, channel = default;
            foreach (var property in item.EnumerateObject())
            {
                if (property.NameEquals("type"u8))
                {
                    type = property.Value;
                }
                else if (property.NameEquals("alternatives"u8))
                {
                    alternatives = property.Value;
                }
                else if (property.NameEquals("start_time"u8))
                {
                    startTime = property.Value;
                }
                else if (property.NameEquals("end_time"u8))
                {
                    endTime = property.Value;
                }
                else if (property.NameEquals("speaker_label"u8))
                {
                    speaker = property.Value;
                }
                else if (property.NameEquals("channel_label"u8))
                {
                    channel = property.Value;
                }
                else if (language is null && property.NameEquals("language_code"u8) && property.Value.ValueKind == JsonValueKind.String)
                {
                    language = property.Value.GetString();
                }
            }

            var content = Content(alternatives, number);
            if (type.ValueKind == JsonValueKind.String && type.ValueEquals("punctuation"u8))
            {
                sink.AddPunctuation(content);
                continue;
            }

            if (type.ValueKind != JsonValueKind.String || !type.ValueEquals("pronunciation"u8))
            {
                throw new TranscriptFormatException(type.ValueKind == JsonValueKind.Undefined
                    ? $"item {number} has no \"type\""
                    : $"item {number} has type {VendorJson.Raw(type)}; expected \"pronunciation\" or \"punctuation\"");
            }

            var start = Seconds(startTime, "start_time", ItemNoun, number);
            var end = Seconds(endTime, "end_time", ItemNoun, number);
            VendorJson.CheckSpan(ItemNoun, number, "start_time", start, "end_time", end);

            var bySentence = false;
            string label;
            if (speaker.ValueKind == JsonValueKind.String)
            {
                label = Label(speaker, previousLabel);
            }
            else if (channel.ValueKind == JsonValueKind.String)
            {
                label = Label(channel, previousLabel);
            }
            else if (channelLabel is not null)
            {
                label = channelLabel;
            }
            else if (segmentLabels is not null)
            {
                // Older output: labels only in speaker_labels.segments, matched by start time; an unmatched word
                // keeps the speaker of the word before it.
                label = segmentLabels.TryGetValue(start, out var fromSegment) ? fromSegment : previousLabel;
            }
            else
            {
                label = DefaultLabel;
                bySentence = true;
            }

            timeline.Check(label, start, ItemNoun, number);

            // Remove, not Contains: a segment start starts one turn, even if a second word happens to start then too.
            var startsSegment = segmentStarts is not null && segmentStarts.Remove(start);
            sink.AddWord(label, start, end, content, bySentence, startsSegment);
            previousLabel = label;
        }

        return language;
    }

    /// <summary>
    /// Reads <c>speaker_labels.segments</c>: returns the times at which a segment starts (its <c>start_time</c> and its
    /// first item's), or <see langword="null"/> when there is no such section. <paramref name="labels"/> gets the labels by
    /// word start time from <c>segments[].items[]</c> for older output, whose items carry no <c>speaker_label</c>; it is
    /// <see langword="null"/> when the items are labelled (then only each segment's first item is read).
    /// </summary>
    private static HashSet<double>? ReadSpeakerSegments(JsonElement results, JsonElement items, out Dictionary<double, string>? labels)
    {
        labels = null;
        if (!results.TryGetProperty("speaker_labels"u8, out var speakerLabels)
            || speakerLabels.ValueKind != JsonValueKind.Object
            || !speakerLabels.TryGetProperty("segments"u8, out var segments)
            || segments.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var itemsLabelled = false;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("start_time"u8, out _))
            {
                itemsLabelled = item.TryGetProperty("speaker_label"u8, out _);
                break;
            }
        }

        var starts = new HashSet<double>();
        if (!itemsLabelled)
        {
            labels = [];
        }

        foreach (var segment in segments.EnumerateArray())
        {
            if (segment.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (segment.TryGetProperty("start_time"u8, out var segmentStart) && VendorJson.TryGetSeconds(segmentStart, out var seconds))
            {
                starts.Add(seconds);
            }

            if (!segment.TryGetProperty("items"u8, out var segmentItems) || segmentItems.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var segmentLabel = VendorJson.OptionalString(segment, "speaker_label"u8);
            var first = true;
            foreach (var segmentItem in segmentItems.EnumerateArray())
            {
                if (segmentItem.ValueKind != JsonValueKind.Object
                    || !segmentItem.TryGetProperty("start_time"u8, out var itemStart)
                    || !VendorJson.TryGetSeconds(itemStart, out var start))
                {
                    continue;
                }

                if (first)
                {
                    starts.Add(start);
                    first = false;
                }

                if (labels is null)
                {
                    break;
                }

                if ((VendorJson.OptionalString(segmentItem, "speaker_label"u8) ?? segmentLabel) is { } label)
                {
                    labels.TryAdd(start, label);
                }
            }
        }

        return starts;
    }

    private static string Content(JsonElement alternatives, int number)
    {
        if (alternatives.ValueKind == JsonValueKind.Array
            && alternatives.GetArrayLength() > 0
            && alternatives[0].ValueKind == JsonValueKind.Object
            && alternatives[0].TryGetProperty("content"u8, out var content)
            && content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!;
        }

        throw new TranscriptFormatException($"item {number} has no alternatives[0].content");
    }

    /// <summary>The label's string, reusing <paramref name="previous"/> when equal: most words repeat the last label.</summary>
    private static string Label(JsonElement value, string previous) => value.ValueEquals(previous) ? previous : value.GetString()!;

    private static double Seconds(JsonElement value, string name, string noun, int number)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw new TranscriptFormatException($"{noun} {number} has no {name}");
        }

        return VendorJson.TryGetSeconds(value, out var seconds)
            ? seconds
            : throw new TranscriptFormatException($"{noun} {number}: {name} {VendorJson.Raw(value)} is not a number of seconds");
    }
}
