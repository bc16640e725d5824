using System.Text.Json;

namespace InteractionAnalytics.Ingestion.Calls;

/// <summary>
/// How a center's own ACD export maps onto export format v1's <c>calls.csv</c>: which header holds each
/// field, the delimiter, duration unit, timestamp format, time zone and value translations. Loaded from a
/// JSON file (docs/export-format.md, "Column mapping"); <see cref="Default"/> is v1 itself.
/// </summary>
public sealed class ColumnMapping
{
    private static readonly Dictionary<string, string> Identity =
        CallField.All.ToDictionary(f => f, f => f, StringComparer.Ordinal);

    private readonly Dictionary<string, string> _columns;
    private readonly Dictionary<string, Dictionary<string, string>> _values;

    private ColumnMapping(
        string? description,
        Dictionary<string, string> columns,
        char delimiter,
        DurationUnit durationUnit,
        string? timestampFormat,
        string? timeZone,
        Dictionary<string, Dictionary<string, string>> values)
    {
        Description = description;
        _columns = columns;
        Delimiter = delimiter;
        DurationUnit = durationUnit;
        TimestampFormat = timestampFormat;
        TimeZone = timeZone;
        _values = values;
    }

    /// <summary>Export format v1: every header is the field's own name, comma-delimited, durations in seconds.</summary>
    public static ColumnMapping Default { get; } = new(
        "export format v1", Identity, ',', DurationUnit.Seconds, null, null, new(StringComparer.Ordinal));

    /// <summary>What the mapping is for, e.g. "Amazon Connect contact records flattened to CSV".</summary>
    public string? Description { get; }

    /// <summary>The field delimiter. Default <c>,</c>.</summary>
    public char Delimiter { get; }

    /// <summary>The unit of plain-number durations. Default seconds.</summary>
    public DurationUnit DurationUnit { get; }

    /// <summary>
    /// A .NET custom date-time format for timestamps (e.g. <c>MM/dd/yyyy HH:mm:ss</c>); <see langword="null"/>
    /// (the default) accepts ISO 8601.
    /// </summary>
    public string? TimestampFormat { get; }

    /// <summary>IANA time zone for timestamps without a UTC offset; <c>--timezone</c> overrides it.</summary>
    public string? TimeZone { get; }

    /// <summary>The header that holds <paramref name="field"/>, or <see langword="null"/> when the export has none.</summary>
    public string? HeaderFor(string field) => _columns.GetValueOrDefault(field);

    /// <summary>
    /// Translates a raw value of <paramref name="field"/> through the mapping's value table (case-insensitive);
    /// a value not in the table is returned as it is.
    /// </summary>
    public string Translate(string field, string raw) =>
        _values.TryGetValue(field, out var table) && table.TryGetValue(raw.Trim(), out var translated) ? translated : raw;

    /// <summary>Parses a mapping file's JSON.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">The file's name, for error messages.</param>
    /// <exception cref="ColumnMappingException">The JSON is malformed or names unknown fields.</exception>
    public static ColumnMapping Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ColumnMappingException($"{sourceName}: not valid JSON ({ex.Message})", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ColumnMappingException($"{sourceName}: expected a JSON object");
            }

            var columns = new Dictionary<string, string>(Identity, StringComparer.Ordinal);
            var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            string? description = null, timestampFormat = null, timeZone = null;
            var delimiter = ',';
            var unit = DurationUnit.Seconds;

            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "description":
                        description = GetString(property, sourceName);
                        break;
                    case "delimiter":
                        var d = GetString(property, sourceName);
                        delimiter = d switch
                        {
                            "\\t" or "\t" or "tab" => '\t',
                            { Length: 1 } => d[0],
                            _ => throw new ColumnMappingException($"{sourceName}: delimiter must be one character or \"tab\", not \"{d}\""),
                        };
                        break;
                    case "duration_unit":
                        unit = GetString(property, sourceName) switch
                        {
                            "seconds" => DurationUnit.Seconds,
                            "milliseconds" => DurationUnit.Milliseconds,
                            var other => throw new ColumnMappingException($"{sourceName}: duration_unit must be \"seconds\" or \"milliseconds\", not \"{other}\""),
                        };
                        break;
                    case "timestamp_format":
                        timestampFormat = GetString(property, sourceName);
                        break;
                    case "timezone":
                        timeZone = GetString(property, sourceName);
                        break;
                    case "columns":
                        ReadColumns(property.Value, columns, sourceName);
                        break;
                    case "values":
                        ReadValues(property.Value, values, sourceName);
                        break;
                    default:
                        throw new ColumnMappingException(
                            $"{sourceName}: unknown setting \"{property.Name}\"; expected description, delimiter, duration_unit, timestamp_format, timezone, columns or values");
                }
            }

            return new ColumnMapping(description, columns, delimiter, unit, timestampFormat, timeZone, values);
        }
    }

    private static void ReadColumns(JsonElement element, Dictionary<string, string> columns, string sourceName)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ColumnMappingException($"{sourceName}: \"columns\" must be an object of field name to header");
        }

        foreach (var column in element.EnumerateObject())
        {
            if (!Identity.ContainsKey(column.Name))
            {
                throw new ColumnMappingException(
                    $"{sourceName}: \"columns\" names unknown field \"{column.Name}\"; fields are {string.Join(", ", CallField.All)}");
            }

            if (column.Value.ValueKind == JsonValueKind.Null)
            {
                // null says "my export has no such column": the field is left empty.
                columns.Remove(column.Name);
            }
            else
            {
                columns[column.Name] = GetString(column, sourceName);
            }
        }
    }

    private static void ReadValues(JsonElement element, Dictionary<string, Dictionary<string, string>> values, string sourceName)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ColumnMappingException($"{sourceName}: \"values\" must be an object of field name to {{ \"their value\": \"our value\" }}");
        }

        foreach (var field in element.EnumerateObject())
        {
            if (!Identity.ContainsKey(field.Name) || field.Value.ValueKind != JsonValueKind.Object)
            {
                throw new ColumnMappingException($"{sourceName}: \"values.{field.Name}\" must name a field and hold an object");
            }

            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in field.Value.EnumerateObject())
            {
                table[pair.Name] = GetString(pair, sourceName);
            }

            values[field.Name] = table;
        }
    }

    private static string GetString(JsonProperty property, string sourceName) =>
        property.Value.ValueKind == JsonValueKind.String
            ? property.Value.GetString()!
            : throw new ColumnMappingException($"{sourceName}: \"{property.Name}\" must be a string");
}
