using System.Globalization;
using System.Text.RegularExpressions;
using InteractionAnalytics.Storage.Audit;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// The app in a real browser: Debian's chromium through Playwright against the app on a loopback port (Kestrel), over a
/// database seeded by the real ingest. A supervisor signs in, filters the contacts, opens one, corrects its root cause
/// with a reason and sees the change in the audit history and in the overview's root-cause table; screenshots at 1280 and
/// 390 px of the overview, the contact list and the contact; a transcript with markup stays text and runs nothing.
/// </summary>
[Category("browser")]
public sealed class BrowserEndToEndTests
{
    private const int DesktopWidth = 1280;
    private const int PhoneWidth = 390;
    private const string RootCauseCaption = "AHT and FCR by root cause";
    private const string Unclassified = "(unclassified)";
    private const string Reason = "The card was declined because of a billing hold on the account, not the card.";

    /// <summary>The contact the supervisor corrects (team North, the card declined at the store) and the root cause it gets.</summary>
    private const string Corrected = SeedExport.A1Script;

    private const string NewRootCause = "billing";

    [Test]
    public async Task Supervisor_SignsInFiltersOpensAndCorrects_ChangeShownInHistoryAndReport()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var site = await LiveWebSite.StartAsync();

        // What the shipped classifier made of the seed: every contact's root cause before any correction.
        var modelRootCauses = new Dictionary<string, string>();
        await using (var database = await site.OpenDatabaseAsync())
        {
            foreach (var id in SeedExport.AllContacts)
            {
                var contact = await database.Contacts.GetAsync(id, null, CancellationToken.None);
                modelRootCauses[id] = contact!.RootCause ?? Unclassified;
            }
        }

        var oldRootCause = modelRootCauses[Corrected];
        var countsBefore = Counts(modelRootCauses.Values);
        var countsAfter = Counts(modelRootCauses.Select(p => p.Key == Corrected ? NewRootCause : p.Value));

        await using var browser = await chromium.NewPageAsync(site, DesktopWidth);
        var page = browser.Page;

        // Sign in: the anonymous visit is sent to the form, and back to the overview after it.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2F$"));
        await browser.SignInAsync(WebTestSite.Supervisor, WebTestSite.Supervisor + WebTestSite.PasswordSuffix);
        await Expect(page).ToHaveURLAsync(site.Url("/"));
        await Expect(page.Locator(".user-name")).ToHaveTextAsync(WebTestSite.Supervisor);
        var reportBefore = await RootCauseCountsAsync(page);

        // Filter the contacts to team North with the form, as a person would.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Contacts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Team").SelectOptionAsync("North");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]team=North(&|$)"));
        await Expect(page.Locator(".summary")).ToContainTextAsync("2 contacts");
        var listed = await page.Locator("table.contacts tbody tr td:first-child").AllInnerTextsAsync();
        var contactsUrl = page.Url;

        // Open one and correct its root cause with a reason.
        await page.GetByRole(AriaRole.Link, new() { Name = Corrected, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contact " + Corrected })).ToBeVisibleAsync();
        await Expect(page.Locator(".label-root-cause")).ToHaveTextAsync(oldRootCause);
        await page.Locator("select[name=RootCause]").SelectOptionAsync(NewRootCause);
        await page.GetByLabel("Reason (required)").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save correction" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/contacts/" + Corrected));
        await Expect(page.Locator(".label-root-cause")).ToHaveTextAsync(NewRootCause);
        var classificationNote = await page.Locator(".label-root-cause + .conf").InnerTextAsync();
        var history = await page.Locator("table.audit tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.cells, c => c.innerText.trim()))");
        var detailUrl = page.Url;

        // The report: the overview's root-cause table counts the contact under the correction.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();
        var reportAfter = await RootCauseCountsAsync(page);

        await using (var database = await site.OpenDatabaseAsync())
        {
            var audit = await database.AuditLog.ListAsync(AuditEntities.Contact, Corrected, CancellationToken.None);
            Assert.That(audit, Has.Count.EqualTo(1), "one audited change");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(oldRootCause, Is.Not.EqualTo(Unclassified).And.Not.EqualTo(NewRootCause), "the model gave the contact another root cause");
            Assert.That(reportBefore, Is.EquivalentTo(countsBefore), "before: the model's root causes");
            Assert.That(reportAfter, Is.EquivalentTo(countsAfter), "after: the correction wins");
            Assert.That(reportAfter.GetValueOrDefault(NewRootCause), Is.EqualTo(countsBefore.GetValueOrDefault(NewRootCause) + 1), $"{NewRootCause} up by one");
            Assert.That(reportAfter.GetValueOrDefault(oldRootCause), Is.EqualTo(countsBefore[oldRootCause] - 1), $"{oldRootCause} down by one");
            Assert.That(reportAfter.Values.Sum(), Is.EqualTo(SeedExport.AllContacts.Count), "every seed contact still counted once");

            Assert.That(listed, Is.EqualTo(new[] { SeedExport.A1Script, SeedExport.A1First }), "team North, newest first");
            Assert.That(classificationNote, Does.StartWith($"corrected; the model said {oldRootCause} ("));

            Assert.That(history, Has.Length.EqualTo(1), "one row in the history");
            var row = history[0];
            Assert.That(row, Has.Length.EqualTo(6), "when, who, what, before, after, reason");
            Assert.That(row[0], Does.Match("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} "), "when");
            Assert.That(row[1], Is.EqualTo(WebTestSite.Supervisor), "who");
            Assert.That(row[2], Is.EqualTo(AuditActions.CorrectClassification), "what");
            Assert.That(row[3], Does.Contain($"root_cause: {oldRootCause}"), "before");
            Assert.That(row[4], Does.Contain($"root_cause: {NewRootCause}"), "after");
            Assert.That(row[5], Is.EqualTo(Reason), "reason");
        }

        // Screenshots of the three pages at both widths, after the change; at 390 px the page itself never scrolls sideways.
        var overflow = new List<string>();
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var (name, url) in new[] { ("overview", site.Url("/")), ("contacts", contactsUrl), ("contact", detailUrl) })
            {
                await page.GotoAsync(url);
                await Screenshots.TakeAsync(page, $"{name}-{width}");
                if (width == PhoneWidth && await HorizontalOverflowAsync(page) is { } excess)
                {
                    overflow.Add($"{name}: {excess}");
                }
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(overflow, Is.Empty, $"at {PhoneWidth} px the body does not scroll sideways (tables scroll in their own box)");
            Assert.That(browser.Dialogs, Is.Empty);
            Assert.That(browser.Errors, Is.Empty);
            Assert.That(browser.ConsoleMessages.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)), Is.Empty);
        }
    }

    [Test]
    public async Task TranscriptWithMarkup_ShownAsTextNothingRuns_CspBlocksInlineScript()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var site = await LiveWebSite.StartAsync();
        await using var browser = await chromium.NewPageAsync(site, DesktopWidth);
        var page = browser.Page;
        var detail = "/contacts/" + SeedExport.A1Script;

        await page.GotoAsync(detail);
        await browser.SignInAsync(WebTestSite.AgentA1, WebTestSite.AgentA1 + WebTestSite.PasswordSuffix);
        await Expect(page).ToHaveURLAsync(site.Url(detail));
        var response = await page.ReloadAsync();
        var csp = response is null ? null : await response.HeaderValueAsync("content-security-policy");
        var turns = await page.Locator(".turn-text").AllInnerTextsAsync();
        var markupInTranscript = await page.Locator(".transcript img, .transcript script").CountAsync();
        var consoleFromOurPages = browser.ConsoleMessages.ToList();

        // An inline script added to the page now (as an injection would add one) is refused by the policy.
        var blocked = await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.iaInlineRan = true; alert(2);'; document.body.appendChild(s); }"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.Ordinal) });
        var inlineRan = await page.EvaluateAsync<bool>("() => window.iaInlineRan === true");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(turns, Has.Some.Contains(SeedExport.ScriptText), "the script tag is shown as text");
            Assert.That(turns, Has.Some.Contains(SeedExport.AttributeBreakText), "the attribute break is shown as text");
            Assert.That(markupInTranscript, Is.Zero, "no element was made from the transcript");
            Assert.That(browser.Dialogs, Is.Empty, "no alert, from the transcript or the injected script");
            Assert.That(browser.Errors, Is.Empty);
            Assert.That(consoleFromOurPages.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)), Is.Empty,
                "our own pages break no rule of the policy");
            Assert.That(csp, Does.Contain("script-src 'self'"));
            Assert.That(blocked.Text, Does.Contain("inline script"));
            Assert.That(inlineRan, Is.False, "the policy blocked the inline script");
        }
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> rootCauses) =>
        rootCauses.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The overview's root-cause table as root cause → contacts (the first number column).</summary>
    private static async Task<Dictionary<string, int>> RootCauseCountsAsync(IPage page)
    {
        var table = page.GetByRole(AriaRole.Table, new() { Name = RootCauseCaption });
        await Expect(table).ToBeVisibleAsync();
        var rows = await table.Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.cells[0].innerText.trim(), r.cells[1].innerText.trim()])");
        return rows.ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>How far the page is wider than the window, or <see langword="null"/> when it is not (1 px of rounding allowed).</summary>
    private static async Task<string?> HorizontalOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return widths[0] <= widths[1] + 1 ? null : $"scrollWidth {widths[0]} > innerWidth {widths[1]}";
    }
}
