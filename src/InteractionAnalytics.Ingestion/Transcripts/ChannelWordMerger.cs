namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Collects the words of each channel of a channel-identified Amazon Transcribe file (<c>channel_labels.channels</c>,
/// which lists every channel's items separately), then feeds the words of all channels to a
/// <see cref="WordTurnBuilder"/> in the order spoken, so a turn ends when the other channel speaks. Punctuation
/// attaches to the previous word of the same channel. Not thread-safe; one instance per file.
/// </summary>
internal sealed class ChannelWordMerger : IWordSink
{
    // Channels side by side in one list: channel c's words are _words[_channelStarts[c] .. next channel's start).
    private readonly List<ChannelWord> _words = [];
    private readonly List<int> _channelStarts = [];

    /// <summary>Starts the next channel: the words added from now on are that channel's, in its file order.</summary>
    public void BeginChannel() => _channelStarts.Add(_words.Count);

    /// <inheritdoc/>
    public void AddWord(string label, double start, double end, string content, bool bySentence, bool startsSegment)
    {
        if (_channelStarts.Count == 0)
        {
            throw new InvalidOperationException("BeginChannel must be called before the channel's first word");
        }

        _words.Add(new ChannelWord(label, start, end, content, bySentence, startsSegment, null));
    }

    /// <summary>Attaches a punctuation mark to the current channel's last word; one before the channel's first word is dropped.</summary>
    /// <param name="content">The mark.</param>
    public void AddPunctuation(string content)
    {
        if (_channelStarts.Count == 0 || _words.Count == _channelStarts[^1])
        {
            return;
        }

        var last = _words[^1];
        _words[^1] = last with { Punctuation = last.Punctuation is null ? content : last.Punctuation + content };
    }

    /// <summary>
    /// Feeds every word to <paramref name="builder"/>, merging the channels by start time: each step takes the earliest
    /// next word among the channels, and a tie goes to the channel listed first. Each channel's words keep their file
    /// order (times within a channel were checked to go forwards, up to <see cref="LabelTimeline.ToleranceSeconds"/>).
    /// Does not flush the builder.
    /// </summary>
    /// <param name="builder">Receives the words in the order spoken.</param>
    public void FeedTo(WordTurnBuilder builder)
    {
        var channels = _channelStarts.Count;
        if (channels == 0)
        {
            return;
        }

        // Transcribe identifies two channels; a merge over the channels' heads is linear for any small count and, unlike
        // a sort, never reorders a channel's own words that step back within the tolerance.
        Span<int> next = channels <= 16 ? stackalloc int[channels] : new int[channels];
        Span<int> ends = channels <= 16 ? stackalloc int[channels] : new int[channels];
        for (var c = 0; c < channels; c++)
        {
            next[c] = _channelStarts[c];
            ends[c] = c + 1 < channels ? _channelStarts[c + 1] : _words.Count;
        }

        while (true)
        {
            var best = -1;
            var bestStart = double.PositiveInfinity;
            for (var c = 0; c < channels; c++)
            {
                // Strictly earlier only, so a tie keeps the channel listed first.
                if (next[c] < ends[c] && (best < 0 || _words[next[c]].Start < bestStart))
                {
                    best = c;
                    bestStart = _words[next[c]].Start;
                }
            }

            if (best < 0)
            {
                return;
            }

            var word = _words[next[best]++];
            builder.AddWord(word.Label, word.Start, word.End, word.Content, word.BySentence, word.StartsSegment);
            if (word.Punctuation is not null)
            {
                builder.AddPunctuation(word.Punctuation);
            }
        }
    }

    /// <summary>A word of one channel with the punctuation that follows it in that channel, if any.</summary>
    private readonly record struct ChannelWord(
        string Label, double Start, double End, string Content, bool BySentence, bool StartsSegment, string? Punctuation);
}
