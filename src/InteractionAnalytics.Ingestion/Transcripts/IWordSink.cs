namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>Receives the words and punctuation marks of word-level items (Amazon Transcribe <c>items</c>) in file order.</summary>
internal interface IWordSink
{
    /// <summary>Adds a spoken word.</summary>
    /// <param name="label">The word's speaker label.</param>
    /// <param name="start">Start, seconds.</param>
    /// <param name="end">End, seconds.</param>
    /// <param name="content">The word.</param>
    /// <param name="bySentence">
    /// The label is a default, not the source's (no diarization, no channels): end the turn at each sentence's end so a
    /// whole call does not become one turn.
    /// </param>
    /// <param name="startsSegment">
    /// The word starts one of the source's own segments (Transcribe's <c>speaker_labels.segments</c>): it starts a new
    /// turn whatever its label and the pause before it.
    /// </param>
    void AddWord(string label, double start, double end, string content, bool bySentence, bool startsSegment);

    /// <summary>Adds a punctuation mark after the previous word; one before any word is dropped.</summary>
    /// <param name="content">The mark.</param>
    void AddPunctuation(string content);
}
