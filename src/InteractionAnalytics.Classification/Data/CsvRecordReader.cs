using System.Text;

namespace InteractionAnalytics.Classification.Data;

/// <summary>
/// A streaming RFC 4180 reader for the public CSV files. Quoted fields may hold commas, doubled quotes and line breaks
/// (a break inside a field reads as <c>\n</c>). Blank lines between records are ignored. A record with bad quoting (text
/// after a closing quote, a quote inside an unquoted field, a quoted field still open after
/// <see cref="MaxLinesPerRecord"/> lines or at the end of the input) is reported as an error on its first line only; the
/// lines it swallowed are read again as records, so one stray quote never costs the rest of the file.
/// </summary>
internal sealed class CsvRecordReader
{
    /// <summary>The most physical lines one record may span (50) before an open quote is judged unterminated.</summary>
    public const int MaxLinesPerRecord = 50;

    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();
    private readonly Stack<(string Text, int Number)> _pushedBack = new();
    private readonly List<(string Text, int Number)> _consumed = [];
    private int _lineNumber;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first).</summary>
    /// <param name="fields">Receives the unquoted fields; empty when <paramref name="error"/> is set.</param>
    /// <param name="lineNumber">The 1-based physical line the record starts on.</param>
    /// <param name="error">Why the record could not be split, or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool TryRead(List<string> fields, out int lineNumber, out string? error)
    {
        fields.Clear();
        error = null;
        (string Text, int Number) first;
        do
        {
            if (!TryNextLine(out first))
            {
                lineNumber = _lineNumber + 1;
                return false;
            }
        }
        while (first.Text.Length == 0);

        lineNumber = first.Number;
        _consumed.Clear();
        _consumed.Add(first);
        var line = first.Text;
        var pos = 0;
        while (true)
        {
            if (pos < line.Length && line[pos] == '"')
            {
                _field.Clear();
                pos++;
                while (true)
                {
                    var quote = line.IndexOf('"', pos);
                    if (quote < 0)
                    {
                        // The field goes on past this line break.
                        _field.Append(line, pos, line.Length - pos).Append('\n');
                        if (_consumed.Count >= MaxLinesPerRecord || !TryNextLine(out var next))
                        {
                            error = "unterminated quoted field";
                            return Fail(fields);
                        }

                        _consumed.Add(next);
                        line = next.Text;
                        pos = 0;
                        continue;
                    }

                    _field.Append(line, pos, quote - pos);
                    if (quote + 1 < line.Length && line[quote + 1] == '"')
                    {
                        _field.Append('"');
                        pos = quote + 2;
                        continue;
                    }

                    pos = quote + 1;
                    break;
                }

                fields.Add(_field.ToString());
                if (pos == line.Length)
                {
                    return true;
                }

                if (line[pos] != ',')
                {
                    error = $"unexpected character after the closing quote of field {fields.Count}";
                    return Fail(fields);
                }
            }
            else
            {
                var comma = line.IndexOf(',', pos);
                var stop = comma < 0 ? line.Length : comma;
                if (line.AsSpan(pos, stop - pos).Contains('"'))
                {
                    error = $"field {fields.Count + 1} contains a quote but does not start with one";
                    return Fail(fields);
                }

                fields.Add(line[pos..stop]);
                if (comma < 0)
                {
                    return true;
                }

                pos = comma;
            }

            // pos is at a comma: one more field follows, possibly empty at the end of the line.
            pos++;
            if (pos == line.Length)
            {
                fields.Add(string.Empty);
                return true;
            }
        }
    }

    private bool Fail(List<string> fields)
    {
        fields.Clear();

        // Only the first line is condemned; the lines a bad quote swallowed are read again as records.
        for (var i = _consumed.Count - 1; i >= 1; i--)
        {
            _pushedBack.Push(_consumed[i]);
        }

        return true;
    }

    private bool TryNextLine(out (string Text, int Number) line)
    {
        if (_pushedBack.TryPop(out line))
        {
            return true;
        }

        var text = _reader.ReadLine();
        if (text is null)
        {
            line = default;
            return false;
        }

        _lineNumber++;
        line = (text, _lineNumber);
        return true;
    }
}
