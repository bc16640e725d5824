using System.Text.RegularExpressions;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Coaching;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// Scorecards and coaching in a real browser: a QA analyst signs in, opens the list of agents, one agent's scorecard, the
/// coaching queue (which flags a low QA score on opening), adds a note with markup to the item and closes it, and sees it
/// gone from the open queue; screenshots of the list of agents, the scorecard, the queue and the coaching item at 1280 and
/// 390 px, with no sideways scrolling at 390 px.
/// </summary>
[Category("browser")]
public sealed class ScorecardCoachingEndToEndTests
{
    private const int DesktopWidth = 1280;
    private const int PhoneWidth = 390;
    private const string Note = "Listened together: the refund was right, but <b>confirm</b> the amount before ending the call.";
    private const string ClosingNote = "Coached on 24 November; closing.";

    [Test]
    public async Task Qa_OpensScorecardAndQueue_NotesAndClosesItem_GoneFromQueue()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var site = await LiveWebSite.StartAsync();
        await using (var database = await site.OpenDatabaseAsync())
        {
            // A submitted evaluation under the 0.7 threshold: the queue flags it when a coach opens it.
            await CoachingSeed.InsertEvaluationAsync(database, 1, SeedExport.A1First, "A1", 0.55);
        }

        await using var browser = await chromium.NewPageAsync(site, DesktopWidth);
        var page = browser.Page;
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await page.GotoAsync("/");
        await browser.SignInAsync(WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix);
        await Expect(page).ToHaveURLAsync(site.Url("/"));

        // The list of agents, then A1's scorecard.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Scorecards" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scorecards", Level = 1 })).ToBeVisibleAsync();
        var agents = await page.Locator("table.agents tbody th").AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "A1", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/agents/A1"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scorecard: A1" })).ToBeVisibleAsync();
        var ahtRow = await page.Locator("tr.metric-aht").InnerTextAsync();
        var qaRow = await page.Locator("tr.metric-qascore").InnerTextAsync();
        var scorecardUrl = page.Url;

        // The coaching queue: the low score is flagged on opening; open the item.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Coaching" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coaching", Level = 1 })).ToBeVisibleAsync();
        var row = page.Locator("table.coaching tbody tr").Filter(new() { HasText = "QA evaluation 1 scored 0.55" });
        await Expect(row).ToHaveCountAsync(1);
        var itemId = (await row.GetAttributeAsync("id"))!.Replace("item-", string.Empty, StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Link, new() { Name = "#" + itemId }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("/coaching/" + itemId));
        var itemUrl = page.Url;

        // A note (markup stays text), then the screenshots of the scorecard and the item with its note, then close.
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync(Note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.Locator(".note-text")).ToHaveTextAsync(Note);
        var markupElements = await page.Locator(".note-text b").CountAsync();

        var overflow = new List<string>();
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var (name, url) in new[] { ("agents", site.Url("/agents")), ("scorecard", scorecardUrl), ("coaching", site.Url("/coaching")), ("coaching-item", itemUrl) })
            {
                await page.GotoAsync(url);
                await Screenshots.TakeAsync(page, $"{name}-{width}");
                if (width == PhoneWidth && await HorizontalOverflowAsync(page) is { } excess)
                {
                    overflow.Add($"{name}: {excess}");
                }
            }
        }

        await page.SetViewportSizeAsync(DesktopWidth, 900);
        await page.GotoAsync(itemUrl);
        await page.GetByLabel("Closing note (required)").FillAsync(ClosingNote);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close item" }).ClickAsync();
        await Expect(page.Locator(".status")).ToContainTextAsync("closed by " + WebTestSite.Qa);
        await page.GetByRole(AriaRole.Link, new() { Name = "Coaching queue" }).ClickAsync();
        await Expect(page.Locator("#item-" + itemId)).ToHaveCountAsync(0);
        var queueSummary = await page.Locator("p.summary").Last.InnerTextAsync();

        await using var after = await site.OpenDatabaseAsync();
        var item = await after.Coaching.GetAsync(long.Parse(itemId, System.Globalization.CultureInfo.InvariantCulture), null, CancellationToken.None);
        var audit = await after.AuditLog.ListAsync(AuditEntities.CoachingItem, itemId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(agents, Is.EqualTo(new[] { "A1", "A2" }));
            Assert.That(ahtRow, Does.Contain("5:55"), "A1: (405 + 305) / 2 s");
            Assert.That(qaRow, Does.Contain("fewer than 5 evaluations"), "one evaluation is under the QA minimum");
            Assert.That(markupElements, Is.Zero, "the note's markup is text");
            Assert.That(item!.Status, Is.EqualTo(CoachingStatuses.Closed));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.AddCoachingNote, AuditActions.CloseCoachingItem }));
            Assert.That(audit.Select(a => a.UserName), Is.All.EqualTo(WebTestSite.Qa));
            Assert.That(queueSummary, Does.Match(new Regex("^\\d+ open items")));
            Assert.That(overflow, Is.Empty, $"at {PhoneWidth} px the body does not scroll sideways (tables scroll in their own box)");
            Assert.That(browser.Dialogs, Is.Empty);
            Assert.That(browser.Errors, Is.Empty);
            Assert.That(browser.ConsoleMessages.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)), Is.Empty);
        }
    }

    /// <summary>How far the page is wider than the window, or <see langword="null"/> when it is not (1 px of rounding allowed).</summary>
    private static async Task<string?> HorizontalOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return widths[0] <= widths[1] + 1 ? null : $"scrollWidth {widths[0]} > innerWidth {widths[1]}";
    }
}
