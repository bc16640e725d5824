using System.Text;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Ingestion.Transcripts;

/// <summary>
/// Joins word-level items, given in the order spoken, into turns: consecutive words of one label form a turn until the
/// label changes, the pause between two words exceeds <see cref="AwsTranscribeReader.MaxPauseSeconds"/>, or the source
/// marks a word as the start of one of its own segments; punctuation attaches to the previous word without a space. A
/// turn spans its words: it starts at its first word's start and ends at the latest end among them. Not thread-safe;
/// one instance per file.
/// </summary>
internal sealed class WordTurnBuilder : IWordSink
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

    /// <inheritdoc/>
    public void AddWord(string label, double start, double end, string content, bool bySentence, bool startsSegment)
    {
        var continues = !startsSegment
            && _label is not null
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
    /// <param name="content">The mark (or marks).</param>
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
