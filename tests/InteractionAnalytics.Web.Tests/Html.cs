using System.Net;
using System.Text.RegularExpressions;

namespace InteractionAnalytics.Web.Tests;

/// <summary>What a test needs from a page's HTML: the anti-forgery token, form posts, a response's redirect target.</summary>
internal static partial class Html
{
    /// <summary>GETs <paramref name="path"/> and returns the anti-forgery token of its (first) form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return TokenPattern().Match(body) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No anti-forgery token on {path}.");
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>The path (and query) a redirect points to, made relative to the site.</summary>
    public static string? RedirectTarget(HttpResponseMessage response) => response.Headers.Location is not { } location
        ? null
        : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
