using System.Text;

namespace InteractionAnalytics.Ingestion.Csv;

/// <summary>
/// A streaming RFC 4180 reader that reports the physical line every record starts on and survives bad
/// quoting. Quoted fields may contain delimiters, doubled quotes and line breaks. A quote inside an
/// unquoted field, text after a closing quote, or a quoted field still open after
/// <see cref="MaxLinesPerRecord"/> lines or at the end of the file makes the record's <em>first line</em> an
/// error row; the lines after it are read again as new records, so one bad quote costs one line, never the
/// rest of the file. Blank lines are skipped. Memory is bounded by the longest record, and by
/// <see cref="MaxLineCharacters"/> per line when one is given: a longer line is an error row whose text is cut there.
/// </summary>
public sealed class CsvRowReader
{
    /// <summary>The most physical lines one quoted field may span (100) before the record is judged unterminated.</summary>
    public const int MaxLinesPerRecord = 100;

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly Stack<(string Text, long Number)> _pushedBack = new();
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();

    /// <summary>Lines cut at <see cref="MaxLineCharacters"/> that are not yet read as records: line number → full length.</summary>
    private readonly Dictionary<long, long> _overlong = [];
    private int _bufferPosition;
    private int _bufferLength;
    private long _lineNumber;

    /// <summary>Creates a reader over <paramref name="reader"/>.</summary>
    /// <param name="reader">The text; the caller owns and disposes it.</param>
    /// <param name="delimiter">The field delimiter. Default <c>,</c>.</param>
    /// <param name="maxLineCharacters">
    /// The longest physical line kept, in characters (default <see cref="int.MaxValue"/>: no limit); the rest of a longer
    /// line is read past without being kept, and its record is an error row saying how long the line was.
    /// </param>
    public CsvRowReader(TextReader reader, char delimiter = ',', int maxLineCharacters = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineCharacters, 1);
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(delimiter));
        }

        _reader = reader;
        _delimiter = delimiter;
        MaxLineCharacters = maxLineCharacters;
    }

    /// <summary>The longest physical line kept, in characters.</summary>
    public int MaxLineCharacters { get; }

    /// <summary>Reads the next record.</summary>
    /// <returns>The record, or <see langword="null"/> at the end of the input.</returns>
    public CsvRow? Read()
    {
        (string Text, long Number) first;
        do
        {
            if (!TryNextLine(out first))
            {
                return null;
            }
        }
        while (first.Text.Length == 0);

        if (_overlong.Remove(first.Number, out var length))
        {
            return new CsvRow(first.Number, [], first.Text, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"line {first.Number} is {length:N0} characters long; at most {MaxLineCharacters:N0} are read"));
        }

        var consumed = new List<(string Text, long Number)>(1) { first };
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = first.Text;
        var pos = 0;

        while (true)
        {
            field.Clear();
            if (pos < line.Length && line[pos] == '"')
            {
                pos++;
                while (true)
                {
                    var quote = line.IndexOf('"', pos);
                    if (quote < 0)
                    {
                        field.Append(line, pos, line.Length - pos).Append('\n');
                        if (consumed.Count >= MaxLinesPerRecord)
                        {
                            return Fail(consumed, $"quoted field opened on line {first.Number} is still open after {MaxLinesPerRecord} lines (a missing closing quote)");
                        }

                        if (!TryNextLine(out var next))
                        {
                            return Fail(consumed, $"quoted field opened on line {first.Number} is not closed before the end of the file");
                        }

                        consumed.Add(next);
                        if (_overlong.ContainsKey(next.Number))
                        {
                            return Fail(consumed, $"quoted field opened on line {first.Number} runs into line {next.Number}, which is too long to read");
                        }

                        line = next.Text;
                        pos = 0;
                        continue;
                    }

                    field.Append(line, pos, quote - pos);
                    if (quote + 1 < line.Length && line[quote + 1] == '"')
                    {
                        field.Append('"');
                        pos = quote + 2;
                        continue;
                    }

                    pos = quote + 1;
                    break;
                }

                fields.Add(field.ToString());
                if (pos == line.Length)
                {
                    return Success(consumed, fields);
                }

                if (line[pos] != _delimiter)
                {
                    return Fail(consumed, $"unexpected character '{line[pos]}' after the closing quote of field {fields.Count}");
                }

                pos++;
            }
            else
            {
                var end = line.IndexOf(_delimiter, pos);
                var stop = end < 0 ? line.Length : end;
                var quoteInside = line.IndexOf('"', pos, stop - pos);
                if (quoteInside >= 0)
                {
                    return Fail(consumed, $"field {fields.Count + 1} has a quote character but does not start with one (quote the whole field and double inner quotes)");
                }

                fields.Add(line[pos..stop]);
                if (end < 0)
                {
                    return Success(consumed, fields);
                }

                pos = end + 1;
            }

            if (pos == line.Length)
            {
                // A delimiter at the very end of the line opens one last, empty field.
                fields.Add(string.Empty);
                return Success(consumed, fields);
            }
        }
    }

    private static CsvRow Success(List<(string Text, long Number)> consumed, List<string> fields) =>
        new(consumed[0].Number, fields, Join(consumed), null);

    private CsvRow Fail(List<(string Text, long Number)> consumed, string error)
    {
        // Only the first line is condemned; the lines a bad quote swallowed are read again as records.
        for (var i = consumed.Count - 1; i >= 1; i--)
        {
            _pushedBack.Push(consumed[i]);
        }

        return new CsvRow(consumed[0].Number, [], consumed[0].Text, error);
    }

    private static string Join(List<(string Text, long Number)> consumed) =>
        consumed.Count == 1 ? consumed[0].Text : string.Join('\n', consumed.Select(c => c.Text));

    private bool TryNextLine(out (string Text, long Number) line)
    {
        if (_pushedBack.TryPop(out line))
        {
            return true;
        }

        if (ReadBoundedLine() is not { } text)
        {
            line = default;
            return false;
        }

        _lineNumber++;
        line = (text.Text, _lineNumber);
        if (text.Length > text.Text.Length)
        {
            _overlong[_lineNumber] = text.Length;
        }

        return true;
    }

    /// <summary>
    /// <see cref="TextReader.ReadLine"/> (ends at \n, \r or \r\n) that keeps at most <see cref="MaxLineCharacters"/>
    /// characters of a line and counts the rest, so one endless line cannot exhaust memory.
    /// </summary>
    private (string Text, long Length)? ReadBoundedLine()
    {
        _line.Clear();
        long length = 0;
        var sawAny = false;
        while (true)
        {
            if (_bufferPosition == _bufferLength && !Fill())
            {
                return sawAny ? (_line.ToString(), length) : null;
            }

            sawAny = true;
            var span = _buffer.AsSpan(_bufferPosition, _bufferLength - _bufferPosition);
            var end = span.IndexOfAny('\r', '\n');
            var chunk = end < 0 ? span : span[..end];
            if (end >= 0 && length == 0 && chunk.Length <= MaxLineCharacters)
            {
                // The common case, a whole line inside the buffer: one string, no copy through the builder.
                var whole = new string(chunk);
                _bufferPosition += chunk.Length;
                SkipLineBreak();
                return (whole, whole.Length);
            }

            var room = (int)Math.Min(chunk.Length, Math.Max(0, MaxLineCharacters - length));
            _line.Append(chunk[..room]);
            length += chunk.Length;
            _bufferPosition += chunk.Length;
            if (end < 0)
            {
                continue;
            }

            SkipLineBreak();
            return (_line.ToString(), length);
        }
    }

    /// <summary>Steps over the \n, \r or \r\n at the buffer position (a \r\n may straddle two reads).</summary>
    private void SkipLineBreak()
    {
        var breakChar = _buffer[_bufferPosition++];
        if (breakChar == '\r' && (_bufferPosition < _bufferLength || Fill()) && _buffer[_bufferPosition] == '\n')
        {
            _bufferPosition++;
        }
    }

    private bool Fill()
    {
        _bufferLength = _reader.Read(_buffer, 0, _buffer.Length);
        _bufferPosition = 0;
        return _bufferLength > 0;
    }
}
