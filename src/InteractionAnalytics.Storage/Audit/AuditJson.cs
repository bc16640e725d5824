using System.Text.Json;

namespace InteractionAnalytics.Storage.Audit;

/// <summary>Writes the before/after values of an audit entry as a flat JSON object of strings (or nulls).</summary>
internal static class AuditJson
{
    /// <summary>A JSON object with the <paramref name="values"/> in the order given; a <see langword="null"/> value is JSON null.</summary>
    public static string Object(params (string Name, string? Value)[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values)
            {
                if (value is null)
                {
                    writer.WriteNull(name);
                }
                else
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
