using System.Net;
using System.Text.RegularExpressions;

namespace InteractionAnalytics.Web.Tests.Security;

public sealed class SecurityHeadersTests
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [TestCase(null, "/", TestName = "OverviewSignedIn")]
    [TestCase(null, "/contacts/" + SeedExport.A1First, TestName = "ContactSignedIn")]
    [TestCase(null, "/contacts.csv", TestName = "CsvSignedIn")]
    [TestCase(null, "/review", TestName = "ReviewSignedIn")]
    [TestCase(null, "/contacts/no-such-call", TestName = "NotFoundSignedIn")]
    [TestCase("anonymous", "/signin", TestName = "SignInPage")]
    [TestCase("anonymous", "/static/app.css", TestName = "StyleSheet")]
    [TestCase("anonymous", "/contacts", TestName = "RedirectToSignIn")]
    public async Task Response_Any_CarriesSecurityHeaders(string? anonymous, string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = anonymous is null ? await site.SignedInAsync(WebTestSite.Supervisor) : site.CreateClient();

        using var response = await client.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(Csp));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
        }
    }

    [TestCase("/", TestName = "Overview")]
    [TestCase("/contacts", TestName = "Contacts")]
    [TestCase("/contacts/" + SeedExport.A1Script, TestName = "Contact")]
    [TestCase("/contacts/" + SeedExport.A1First + "/correct", TestName = "CorrectionForm")]
    [TestCase("/contacts/" + SeedExport.A2Vendor, TestName = "ContactWithSpeakerRolesAndChain")]
    [TestCase("/contacts/" + SeedExport.A2Vendor + "/speakers", TestName = "SpeakerRoleForm")]
    [TestCase("/review", TestName = "ReviewQueue")]
    [TestCase("/signin", TestName = "SignIn")]
    public async Task Page_Any_HasNoInlineScriptOrStyle(string path)
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = path == "/signin" ? site.CreateClient() : await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Regex.IsMatch(body, @"<script\b", RegexOptions.IgnoreCase), Is.False, "no script element");
            Assert.That(Regex.IsMatch(body, @"<style\b", RegexOptions.IgnoreCase), Is.False, "no style element");
            Assert.That(Regex.IsMatch(body, @"<[^>]*\sstyle\s*=", RegexOptions.IgnoreCase), Is.False, "no style attribute");
            Assert.That(Regex.IsMatch(body, @"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase), Is.False, "no event handler attribute");
        }
    }
}
