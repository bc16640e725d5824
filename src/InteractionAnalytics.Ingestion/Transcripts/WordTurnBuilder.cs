using System.Text;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Joins word-level items into turns: consecutive words of one label form a turn until the label changes or the
/// pause between two words exceeds <see cref="AwsTranscribeReader.MaxPauseSeconds"/>; punctuation attaches to the
/// previous word without a space. Not thread-safe; one instance per file.
/// </summary>
internal sealed class WordTurnBuilder
{
    private readonly List<LabelledTurn> _turns;
    private readonly StringBuilder _text = new();
    private string? _label;
    private double _start;
    private double _end;
    private bool _bySentence;
    private bool _sentenceEnded;

    /// <summary>Creates a builder that appends finished turns to <paramref name="turns"/>.</summary>
    public WordTurnBuilder(List<LabelledTurn> turns) => _turns = turns;

    /// <summary>Adds a spoken word.</summary>
    /// <param name="label">The word's speaker label.</param>
    /// <param name="start">Start, seconds.</param>
    /// <param name="end">End, seconds.</param>
    /// <param name="content">The word.</param>
    /// <param name="bySentence">
    /// The label is a default, not the source's (no diarization, no channels): end the turn at each sentence's end so a
    /// whole call does not become one turn.
    /// </param>
    public void AddWord(string label, double start, double end, string content, bool bySentence)
    {
        var continues = _label is not null
            && string.Equals(label, _label, StringComparison.Ordinal)
            && start - _end <= AwsTranscribeReader.MaxPauseSeconds
            && !_sentenceEnded;
        if (!continues)
        {
            Flush();
            _label = label;
            _start = start;
            _bySentence = bySentence;
        }
        else
        {
            _text.Append(' ');
        }

        _text.Append(content);
        _end = Math.Max(_end, end);
    }

    /// <summary>Adds a punctuation mark to the current turn; one before any word is dropped.</summary>
    public void AddPunctuation(string content)
    {
        if (_label is null)
        {
            return;
        }

        _text.Append(content);
        if (_bySentence && content is "." or "?" or "!")
        {
            _sentenceEnded = true;
        }
    }

    /// <summary>Ends the current turn, if any.</summary>
    public void Flush()
    {
        if (_label is not null)
        {
            _turns.Add(new LabelledTurn(_label, _start, _end, _text.ToString()));
        }

        _text.Clear();
        _label = null;
        _end = 0;
        _sentenceEnded = false;
    }
}
