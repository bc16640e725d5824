using System.Globalization;
using System.Net;

namespace InteractionAnalytics.Web.Tests.Qa;

/// <summary>Drives the QA pages over HTTP as a browser would (anti-forgery token from the page, post, redirect).</summary>
internal static class QaFlow
{
    /// <summary>Starts an evaluation of <paramref name="callId"/> from the contact page's button; returns its id.</summary>
    public static async Task<long> StartAsync(HttpClient client, string callId)
    {
        var token = await Html.AntiforgeryTokenAsync(client, "/contacts/" + callId);
        using var response = await client.PostAsync("/qa/start/" + callId, Html.Form(("__RequestVerificationToken", token)));
        if (response.StatusCode != HttpStatusCode.Redirect || Html.RedirectTarget(response) is not { } target || !target.StartsWith("/qa/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Starting an evaluation of {callId} answered {(int)response.StatusCode}.");
        }

        return long.Parse(target["/qa/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Posts the evaluation form with <paramref name="fields"/> to <paramref name="handler"/> (save or submit).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string handler, params (string Name, string Value)[] fields)
    {
        var path = "/qa/" + id.ToString(CultureInfo.InvariantCulture);
        var token = await Html.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path + "?handler=" + handler, Html.Form([.. fields, ("__RequestVerificationToken", token)]));
    }

    /// <summary>Every question of the default form answered yes, as form fields.</summary>
    public static (string Name, string Value)[] AllYes() =>
        [.. Web.Qa.QaDefaults.Form.Questions.Select(q => ("Answers[" + q.Id + "]", "yes"))];
}
