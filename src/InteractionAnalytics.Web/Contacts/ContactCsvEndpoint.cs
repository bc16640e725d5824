using System.Text;
using InteractionAnalytics.Web.Security;

namespace InteractionAnalytics.Web.Contacts;

/// <summary><c>GET /contacts.csv</c>: the filtered contact list (same query string as <c>/contacts</c>, every page) as CSV.</summary>
internal static class ContactCsvEndpoint
{
    public static void MapContactCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/contacts.csv", ExportAsync).RequireAuthorization();

    private static async Task ExportAsync(HttpContext context, WebDatabase database, ContactAccess access, CancellationToken cancellationToken)
    {
        var scope = access.ScopeOf(context.User);
        if (scope.SeesNothing)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (!ContactListRequest.FromQuery(context.Request.Query).TryCreateQuery(scope, out var query, out var error))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(error ?? "Bad request.", cancellationToken);
            return;
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"contacts.csv\"";
        context.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await ContactCsvWriter.WriteAsync(writer, database.Database.Contacts.StreamAsync(query, cancellationToken), cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
