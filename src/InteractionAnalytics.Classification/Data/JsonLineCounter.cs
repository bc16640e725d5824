namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// Turns byte offsets of a UTF-8 JSON document into 1-based line numbers. Offsets must be asked for in increasing order;
/// each call counts only the bytes since the previous one, so a whole document costs one pass.
/// </summary>
internal sealed class JsonLineCounter(ReadOnlyMemory<byte> utf8)
{
    private int _position;
    private int _line = 1;

    public int LineAt(long offset)
    {
        var end = checked((int)offset);
        if (end > _position)
        {
            _line += utf8.Span[_position..end].Count((byte)'\n');
            _position = end;
        }

        return _line;
    }
}
