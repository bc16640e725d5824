using System.Text.Json;

namespace InteractionAnalytics.Web.Formatting;

/// <summary>Shows an audit entry's before/after JSON object as "name: value" pairs.</summary>
internal static class AuditDisplay
{
    /// <summary>"intent: billing; root_cause: agent" for a flat object; the raw text when it is not one; "–" when null.</summary>
    public static string Values(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return Display.None;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return json;
            }

            return string.Join("; ", document.RootElement.EnumerateObject().Select(p =>
                $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.Null ? Display.None : p.Value.ToString())}"));
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
