using System.Net;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Coaching;

namespace InteractionAnalytics.Web.Tests.Pages;

public sealed class CoachingPageTests
{
    private const string Markup = "<script>alert(1)</script> & \"quoted\"";

    [Test]
    public async Task Queue_CoachOpens_FlagsGeneratedOnceOldestFirst()
    {
        // A low QA score on A1's first contact and a critical fail on A2's: opening the queue creates both items; opening it
        // again creates nothing more.
        await using var site = await WebTestSite.StartAsync();
        await using (var database = await site.OpenDatabaseAsync())
        {
            await CoachingSeed.InsertEvaluationAsync(database, 1, SeedExport.A1First, "A1", 0.5);
            await CoachingSeed.InsertEvaluationAsync(database, 2, SeedExport.A2First, "A2", 0.9, criticalFailed: true);
            await CoachingSeed.InsertEvaluationAsync(database, 3, SeedExport.A2Second, "A2", 0.95);
        }

        using var client = await site.SignedInAsync(WebTestSite.Qa);

        var first = await client.GetStringAsync("/coaching");
        var second = await client.GetStringAsync("/coaching");
        var critical = await client.GetStringAsync("/coaching?kind=" + CoachingReasonKinds.QaCriticalFail);

        await using var after = await site.OpenDatabaseAsync();
        var items = (await after.Coaching.ListOpenAsync(new CoachingQuery(), CancellationToken.None)).Items;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(items.Select(i => (i.CallId, i.ReasonKind)), Is.SupersetOf(new (string?, string)[]
            {
                (SeedExport.A1First, CoachingReasonKinds.QaLowScore), (SeedExport.A2First, CoachingReasonKinds.QaCriticalFail),
            }));
            Assert.That(items.Where(i => i.ReasonKind.StartsWith("qa_", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(2), "the 0.95 evaluation is not flagged");
            Assert.That(second, Does.Contain($"{items.Count} open items"), "the second visit added nothing");
            Assert.That(first, Does.Contain("QA evaluation 1 scored 0.50, below 0.70"));
            Assert.That(critical, Does.Contain("QA evaluation 2 failed a critical question"));
            Assert.That(critical, Does.Not.Contain("QA evaluation 1 scored"));
            Assert.That(first, Does.Contain("<a href=\"/coaching\">Coaching</a>"), "the nav link");
        }
    }

    [Test]
    public async Task Refresh_PostWithToken_RedirectsWithCount()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, "/coaching");
        await using (var database = await site.OpenDatabaseAsync())
        {
            await CoachingSeed.InsertEvaluationAsync(database, 1, SeedExport.A1First, "A1", 0.1);
        }

        using var response = await client.PostAsync("/coaching?handler=Refresh", Html.Form(("__RequestVerificationToken", token)));
        var page = await client.GetStringAsync(Html.RedirectTarget(response));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(response), Is.EqualTo("/coaching?added=1"), "the evaluation added after the first visit");
            Assert.That(page, Does.Contain("Flags refreshed: 1 new item(s)."));
        }
    }

    [Test]
    public async Task NoteAndClose_Coach_StoredAuditedEncodedAndGoneFromQueue()
    {
        await using var site = await WebTestSite.StartAsync();
        long itemId;
        await using (var database = await site.OpenDatabaseAsync())
        {
            itemId = await CoachingSeed.FlagAsync(database, SeedExport.A1First);
        }

        using var client = await site.SignedInAsync(WebTestSite.Supervisor);
        var token = await Html.AntiforgeryTokenAsync(client, $"/coaching/{itemId}");

        using var note = await client.PostAsync($"/coaching/{itemId}?handler=Note", Html.Form(("Text", Markup), ("__RequestVerificationToken", token)));
        using var empty = await client.PostAsync($"/coaching/{itemId}?handler=Close", Html.Form(("Text", "  "), ("__RequestVerificationToken", token)));
        var emptyBody = await empty.Content.ReadAsStringAsync();
        using var close = await client.PostAsync($"/coaching/{itemId}?handler=Close", Html.Form(("Text", "Coached; closing."), ("__RequestVerificationToken", token)));
        using var late = await client.PostAsync($"/coaching/{itemId}?handler=Note", Html.Form(("Text", "Too late."), ("__RequestVerificationToken", token)));
        var page = await client.GetStringAsync($"/coaching/{itemId}");
        var queue = await client.GetStringAsync("/coaching");

        await using var after = await site.OpenDatabaseAsync();
        var notes = await after.Coaching.ListNotesAsync(itemId, CancellationToken.None);
        var audit = await after.AuditLog.ListAsync(AuditEntities.CoachingItem, CoachingStore.Key(itemId), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(note.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(note), Is.EqualTo($"/coaching/{itemId}#notes"));
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form again, with the error");
            Assert.That(emptyBody, Does.Contain("Write a closing note."));
            Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(notes.Select(n => (n.Author, n.Text)), Is.EqualTo(new[] { (WebTestSite.Supervisor, Markup), (WebTestSite.Supervisor, "Coached; closing.") }));
            Assert.That(audit.Select(a => (a.Action, a.UserName)), Is.EqualTo(new[]
            {
                (AuditActions.AddCoachingNote, WebTestSite.Supervisor), (AuditActions.CloseCoachingItem, WebTestSite.Supervisor),
            }));
            Assert.That(audit[1].Reason, Is.EqualTo("Coached; closing."));
            Assert.That(page, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"), "the note, encoded");
            Assert.That(page, Does.Not.Contain("<script>alert(1)"));
            Assert.That(page, Does.Contain("closed by " + WebTestSite.Supervisor));
            Assert.That(page, Does.Not.Contain("<textarea"), "a closed item takes no more notes");
            Assert.That(queue, Does.Not.Contain($"id=\"item-{itemId}\""), "gone from the open queue");
        }
    }

    [Test]
    public async Task Flag_FromContact_ItemAuditedOnContactAndShownInQueueAndScorecard()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var detail = await client.GetStringAsync($"/contacts/{SeedExport.A1Script}");
        var token = await Html.AntiforgeryTokenAsync(client, $"/contacts/{SeedExport.A1Script}/flag");

        using var missing = await client.PostAsync($"/contacts/{SeedExport.A1Script}/flag", Html.Form(("Reason", ""), ("__RequestVerificationToken", token)));
        using var flagged = await client.PostAsync($"/contacts/{SeedExport.A1Script}/flag", Html.Form(("Reason", Markup), ("__RequestVerificationToken", token)));
        using var again = await client.PostAsync($"/contacts/{SeedExport.A1Script}/flag", Html.Form(("Reason", "again"), ("__RequestVerificationToken", token)));
        var item = await client.GetStringAsync(Html.RedirectTarget(flagged));
        var history = await client.GetStringAsync($"/contacts/{SeedExport.A1Script}");
        var scorecard = await client.GetStringAsync("/agents/A1");

        await using var after = await site.OpenDatabaseAsync();
        var audit = await after.AuditLog.ListAsync(AuditEntities.Contact, SeedExport.A1Script, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(detail, Does.Contain($"href=\"/contacts/{SeedExport.A1Script}/flag\""), "the contact page offers the flag");
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("Give a reason."));
            Assert.That(flagged.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(Html.RedirectTarget(flagged), Does.Match("^/coaching/\\d+$"));
            Assert.That(Html.RedirectTarget(again), Is.EqualTo(Html.RedirectTarget(flagged)), "an open manual item is reused");
            Assert.That(audit.Select(a => (a.Action, a.UserName, a.Reason)), Is.EqualTo(new[] { (AuditActions.FlagForCoaching, WebTestSite.Qa, (string?)Markup) }));
            Assert.That(item, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"), "the reason, encoded");
            Assert.That(item, Does.Not.Contain("<script>alert(1)"));
            Assert.That(history, Does.Contain(AuditActions.FlagForCoaching));
            Assert.That(scorecard, Does.Contain(Html.RedirectTarget(flagged)!), "the agent's open item on the scorecard");
        }
    }

    [Test]
    public async Task Flag_AgentContactPage_NoFlagLink()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.AgentA1);

        var detail = await client.GetStringAsync($"/contacts/{SeedExport.A1First}");

        Assert.That(detail, Does.Not.Contain("/flag\""));
    }
}
