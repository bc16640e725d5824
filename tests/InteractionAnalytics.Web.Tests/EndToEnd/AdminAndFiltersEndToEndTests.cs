using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// User management and the contact list's new filters in a real browser: an admin signs in, adds an agent user on
/// <c>/admin/users</c>, signs out; the new user signs in and filters their contacts by the transcript's resolution.
/// Screenshots of <c>/admin/users</c> and of the filtered list at 1280 and 390 px, neither wider than a phone.
/// </summary>
[Category("browser")]
public sealed class AdminAndFiltersEndToEndTests
{
    private const int DesktopWidth = 1280;
    private const int PhoneWidth = 390;
    private const string NewUser = "nia";
    private const string NewAgentId = "A2";
    private const string Password = "nia-first-Passw0rd";

    [Test]
    public async Task Admin_AddsAnAgentUser_WhoSignsInAndFiltersByResolution()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var site = await LiveWebSite.StartAsync();

        // What the seed ingest stored for agent A2's contacts: pick the resolution most of them share.
        List<(string CallId, string Resolution)> stored;
        await using (var database = await site.OpenDatabaseAsync())
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            stored = [.. await connection.QueryAsync<(string, string)>(
                "SELECT c.call_id, m.resolution FROM contacts c JOIN conversation_measures m ON m.call_id = c.call_id WHERE c.agent_id = @Agent",
                new { Agent = NewAgentId })];
        }

        var resolution = stored.GroupBy(s => s.Resolution).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var expected = stored.Where(s => s.Resolution == resolution).Select(s => s.CallId).ToList();

        await using var browser = await chromium.NewPageAsync(site, DesktopWidth);
        var page = browser.Page;

        // The admin signs in, straight to the users page.
        await page.GotoAsync("/admin/users");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2Fadmin%2Fusers$"));
        await browser.SignInAsync(WebTestSite.Admin, WebTestSite.Admin + WebTestSite.PasswordSuffix);
        await Expect(page).ToHaveURLAsync(site.Url("/admin/users"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();

        // Adds an agent user with the form.
        var form = page.Locator("form.admin-form");
        await form.Locator("input[name=Name]").FillAsync(NewUser);
        await form.Locator("select[name=Role]").SelectOptionAsync("agent");
        await form.Locator("input[name=AgentId]").FillAsync(NewAgentId);
        await form.Locator("input[name=Password]").FillAsync(Password);
        await form.Locator("input[name=ConfirmPassword]").FillAsync(Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users/\\d+\\?done=added$"));
        await Expect(page.Locator(".notice")).ToHaveTextAsync("User added.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "User " + NewUser })).ToBeVisibleAsync();
        var history = await page.Locator("table.audit tbody tr").AllInnerTextsAsync();
        var adminPages = new[] { ("users", site.Url("/admin/users")), ("user", page.Url) };

        // Screenshots of the users pages while signed in as the admin.
        var overflow = new List<string>();
        await ScreenshotsAsync(page, adminPages, overflow);
        await page.GotoAsync("/admin/users");
        var userRows = await page.Locator("table.users tbody tr").CountAsync();

        // Signs out; the new user signs in and filters their contacts by resolution.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/contacts");
        await browser.SignInAsync(NewUser, Password);
        await Expect(page).ToHaveURLAsync(site.Url("/contacts"));
        await Expect(page.Locator(".user-name")).ToHaveTextAsync(NewUser);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        await page.GetByLabel("Resolution").SelectOptionAsync(resolution);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]resolution={resolution}(&|$)"));
        await Expect(page.Locator(".summary")).ToContainTextAsync($"{expected.Count} contacts");
        var listed = await page.Locator("table.contacts tbody tr td:first-child").AllInnerTextsAsync();
        var csvLink = await page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).GetAttributeAsync("href");
        await ScreenshotsAsync(page, [("contacts-filtered", page.Url)], overflow);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected, Is.Not.Empty, "the seed has contacts of agent A2 with a measured resolution");
            Assert.That(listed, Is.EquivalentTo(expected), $"exactly A2's contacts with resolution {resolution}");
            Assert.That(csvLink, Does.StartWith("/contacts.csv?").And.Contain($"resolution={resolution}"), "the CSV keeps the filter");
            Assert.That(history, Has.Count.EqualTo(1).And.Some.Contains("add_user").And.Some.Contains(WebTestSite.Admin));
            Assert.That(userRows, Is.EqualTo(6), "the five seeded users and the new one");
            Assert.That(overflow, Is.Empty, $"at {PhoneWidth} px no page scrolls sideways");
            Assert.That(browser.Dialogs, Is.Empty);
            Assert.That(browser.Errors, Is.Empty);
            Assert.That(browser.ConsoleMessages.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)), Is.Empty);
        }
    }

    private static async Task ScreenshotsAsync(IPage page, IEnumerable<(string Name, string Url)> pages, List<string> overflow)
    {
        var list = pages.ToList();
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var (name, url) in list)
            {
                await page.GotoAsync(url);
                await Screenshots.TakeAsync(page, $"admin-{name}-{width}");
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                if (width == PhoneWidth && widths[0] > widths[1] + 1)
                {
                    overflow.Add($"{name}: scrollWidth {widths[0]} > innerWidth {widths[1]}");
                }
            }
        }

        await page.SetViewportSizeAsync(DesktopWidth, 900);
    }
}
