using System.Net;
using InteractionAnalytics.Storage.Audit;

namespace InteractionAnalytics.Web.Tests.Security;

public sealed class AntiforgeryTests
{
    [Test]
    public async Task SignInPost_WithoutToken_Rejected()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = site.CreateClient();
        await client.GetAsync("/signin");

        using var response = await client.PostAsync("/signin",
            Html.Form(("Name", WebTestSite.Supervisor), ("Password", WebTestSite.Supervisor + WebTestSite.PasswordSuffix)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.None.StartsWith(WebApp.CookieName + "="));
        }
    }

    [Test]
    public async Task CorrectionPost_SupervisorWithoutToken_RejectedAndNothingStored()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.PostAsync($"/contacts/{SeedExport.A1First}/correct",
            Html.Form(("RootCause", "agent"), ("Reason", "no token")));

        await using var database = await site.OpenDatabaseAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await database.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1First, CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public async Task CorrectionPost_TokenOfAnotherSession_Rejected()
    {
        await using var site = await WebTestSite.StartAsync();
        using var other = await site.SignedInAsync(WebTestSite.Admin);
        var foreignToken = await Html.AntiforgeryTokenAsync(other, $"/contacts/{SeedExport.A1First}");
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.PostAsync($"/contacts/{SeedExport.A1First}/correct",
            Html.Form(("RootCause", "agent"), ("Reason", "stolen token"), ("__RequestVerificationToken", foreignToken)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task SignOutPost_WithoutToken_RejectedAndStillSignedIn()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);

        using var response = await client.PostAsync("/signout", Html.Form());
        using var after = await client.GetAsync("/contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
