namespace InteractionAnalytics.Web.Security;

/// <summary>
/// Adds the security headers to every response, pages, static files, exports and errors alike. They are set when the
/// response starts, so nothing that clears the response on the way (an error page) loses them.
/// </summary>
internal sealed class SecurityHeaders
{
    /// <summary>
    /// Only this origin's scripts, styles, images (and data: images), forms and base URL; no plugins; no framing. No
    /// inline script or style is allowed, so the pages have none.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly RequestDelegate _next;

    public SecurityHeaders(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);
        return _next(context);
    }
}
