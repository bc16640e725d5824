using System.Text.RegularExpressions;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Qa;
using InteractionAnalytics.Web.Formatting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InteractionAnalytics.Web.Tests.EndToEnd;

/// <summary>
/// A QA evaluation in a real browser (Debian's chromium through Playwright): a QA analyst signs in, opens a contact, starts
/// an evaluation, sees the automatic answers with their evidence highlighted, changes one answer, answers the rest, submits,
/// and finds the score on the evaluation, on the contact page and in the per-agent roll-up; screenshots of the evaluation
/// page at 1280 and 390 px, and no page of the flow scrolls sideways at 390 px.
/// </summary>
[Category("browser")]
public sealed class QaBrowserEndToEndTests
{
    private const int DesktopWidth = 1280;
    private const int PhoneWidth = 390;

    // The agent's one turn of this contact: "I am sorry about that. I can see the duplicate charge and I have refunded it."
    private const string Evaluated = SeedExport.A1First;

    [Test]
    public async Task Qa_StartsAdjustsAndSubmits_ScoreOnContactAndRollup()
    {
        await using var chromium = await Chromium.LaunchAsync();
        await using var site = await LiveWebSite.StartAsync(o => o.QaMinEvaluations = 1);
        await using var browser = await chromium.NewPageAsync(site, DesktopWidth);
        var page = browser.Page;
        var overflow = new List<string>();

        await page.GotoAsync("/");
        await browser.SignInAsync(WebTestSite.Qa, WebTestSite.Qa + WebTestSite.PasswordSuffix);
        await Expect(page).ToHaveURLAsync(site.Url("/"));
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "QA" })).ToBeVisibleAsync();

        // Open the contact and start an evaluation from its QA section.
        await page.GotoAsync("/contacts/" + Evaluated);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "QA evaluations" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start evaluation" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/qa/\\d+$"));
        var evaluationUrl = page.Url;

        // The automatic answers with their evidence, the phrase highlighted in the quoted turn.
        var empathy = page.Locator("#q-empathy");
        await Expect(empathy.Locator(".qa-auto-answer")).ToHaveTextAsync("yes");
        await Expect(empathy.Locator(".qa-evidence mark")).ToHaveTextAsync("I am sorry");
        await Expect(empathy.Locator(".qa-evidence")).ToContainTextAsync("about that. I can see the duplicate charge");
        await Expect(page.Locator("#q-recap .qa-evidence mark")).ToHaveTextAsync("I have refunded");
        await Expect(page.Locator("#q-proper_closing .qa-auto")).ToContainTextAsync("not found in the agent's turns");
        await Expect(page.Locator("#q-empathy input[value=yes]")).ToBeCheckedAsync();
        await Expect(page.Locator("#q-proper_closing input[value=no]")).ToBeCheckedAsync();

        // Screenshots of the draft at both widths.
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            await page.SetViewportSizeAsync(width, 900);
            await Screenshots.TakeAsync(page, $"qa-evaluation-{width}");
            if (width == PhoneWidth && await HorizontalOverflowAsync(page) is { } excess)
            {
                overflow.Add("evaluation: " + excess);
            }
        }

        await page.SetViewportSizeAsync(DesktopWidth, 900);

        // Change the automatic closing answer (the analyst heard it), answer the rest, comment, submit.
        await page.Locator("#q-proper_closing input[value=yes]").CheckAsync();
        await page.Locator("#q-proper_closing textarea").FillAsync("Closed properly after the recording cut.");
        await page.Locator("#q-identity_verified input[value=n_a]").CheckAsync();
        await page.Locator("#q-reason_confirmed input[value=yes]").CheckAsync();
        await page.Locator("#q-discovery input[value=yes]").CheckAsync();
        await page.Locator("#q-correct_resolution input[value=yes]").CheckAsync();
        await page.Locator("#q-hold_etiquette input[value=n_a]").CheckAsync();
        await page.Locator("#q-tone input[value=yes]").CheckAsync();
        await page.GetByLabel("Overall comment").FillAsync("Quick, correct refund.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(evaluationUrl);

        // Greeting no (5 of 5 lost), identity and hold N/A (left out): 75 of 80 points.
        var expected = Display.Percent(75.0 / 80);
        await Expect(page.Locator(".qa-score")).ToContainTextAsync(expected);
        await Expect(page.Locator("#q-proper_closing .qa-adjusted")).ToContainTextAsync("Adjusted by the analyst: yes");
        await Expect(page.Locator("input[type=radio]")).ToHaveCountAsync(0);
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            await page.SetViewportSizeAsync(width, 900);
            await Screenshots.TakeAsync(page, $"qa-evaluation-submitted-{width}");
        }

        // The score on the contact page and in the per-agent roll-up.
        await page.GotoAsync("/contacts/" + Evaluated);
        await Expect(page.Locator(".qa-contact-score")).ToHaveTextAsync(expected);
        if (await HorizontalOverflowAsync(page) is { } contactExcess)
        {
            overflow.Add("contact: " + contactExcess);
        }

        await page.GotoAsync("/qa/agents");
        await Expect(page.Locator("#agent-A1 .qa-mean")).ToHaveTextAsync(expected);
        await Screenshots.TakeAsync(page, $"qa-agents-{PhoneWidth}");
        if (await HorizontalOverflowAsync(page) is { } agentsExcess)
        {
            overflow.Add("agents: " + agentsExcess);
        }

        await page.GotoAsync("/qa");
        await Screenshots.TakeAsync(page, $"qa-list-{PhoneWidth}");
        if (await HorizontalOverflowAsync(page) is { } listExcess)
        {
            overflow.Add("list: " + listExcess);
        }

        await using (var database = await site.OpenDatabaseAsync())
        {
            var evaluations = await database.Qa.ListForContactAsync(Evaluated, submittedOnly: false, CancellationToken.None);
            var evaluation = (await database.Qa.GetAsync(evaluations.Single().EvaluationId, CancellationToken.None))!;
            var audit = await database.AuditLog.ListAsync(AuditEntities.QaEvaluation, evaluation.EvaluationId.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
            using (Assert.EnterMultipleScope())
            {
                Assert.That((evaluation.Status, evaluation.Score, evaluation.CriticalFailed), Is.EqualTo((QaStatuses.Submitted, (double?)(75.0 / 80), false)));
                Assert.That(evaluation.Comment, Is.EqualTo("Quick, correct refund."));
                Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.StartQaEvaluation, AuditActions.SubmitQaEvaluation }));
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(overflow, Is.Empty, $"at {PhoneWidth} px the body does not scroll sideways");
            Assert.That(browser.Dialogs, Is.Empty);
            Assert.That(browser.Errors, Is.Empty);
            Assert.That(browser.ConsoleMessages.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)), Is.Empty);
        }
    }

    private static async Task<string?> HorizontalOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return widths[0] <= widths[1] + 1 ? null : $"scrollWidth {widths[0]} > innerWidth {widths[1]}";
    }
}
