using System.Text.Json;

namespace InteractionAnalytics.Storage;

/// <summary>Reads the JSON columns this project writes (evidence, warnings, disagreements, turn sentiments).</summary>
internal static class StoredJson
{
    /// <summary>
    /// <paramref name="json"/> deserialised, or <see langword="null"/> when it does not parse: a damaged stored value shows as
    /// nothing on a page or in a listing, never as an error.
    /// </summary>
    public static T? TryParse<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
