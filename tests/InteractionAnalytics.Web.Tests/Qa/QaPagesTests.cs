using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Qa;

namespace InteractionAnalytics.Web.Tests.Qa;

public sealed class QaPagesTests
{
    [Test]
    public async Task Start_FromContact_DraftWithAutomaticAnswersAndEvidence()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);

        var id = await QaFlow.StartAsync(client, SeedExport.A1First);
        var page = await client.GetStringAsync("/qa/" + id.ToString(CultureInfo.InvariantCulture));
        var contact = await client.GetStringAsync("/contacts/" + SeedExport.A1First);

        using (Assert.EnterMultipleScope())
        {
            // The agent's one turn: "I am sorry about that. I can see the duplicate charge and I have refunded it."
            Assert.That(page, Does.Contain("<mark>I am sorry</mark> about that."), "empathy evidence highlighted in the quoted turn");
            Assert.That(page, Does.Contain("<mark>I have refunded</mark> it."), "recap evidence");
            Assert.That(page, Does.Contain("not found in the agent&#x27;s turns").Or.Contain("not found in the agent's turns"));
            Assert.That(page, Does.Contain("name=\"Answers[empathy]\" value=\"yes\" checked=\"checked\""));
            Assert.That(page, Does.Contain("name=\"Answers[identity_verified]\" value=\"n_a\""), "N/A offered where allowed");
            Assert.That(page, Does.Not.Contain("name=\"Answers[greeting]\" value=\"n_a\""), "and only there");
            Assert.That(contact, Does.Contain("id=\"qa-" + id.ToString(CultureInfo.InvariantCulture) + "\""));
            Assert.That(contact, Does.Contain("draft"));
        }
    }

    [Test]
    public async Task SaveThenSubmit_AdjustedMarkedScoreShownAndAudited()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(client, SeedExport.A1First);

        using var saved = await QaFlow.PostAsync(client, id, "save", ("Answers[proper_closing]", "yes"), ("Comments[proper_closing]", "closed fine"));
        var fields = QaFlow.AllYes().Where(f => f.Name != "Answers[tone]").Append(("Answers[tone]", "no")).Append(("Comment", "good call")).Append(("Comments[proper_closing]", "closed fine")).ToArray();
        using var submitted = await QaFlow.PostAsync(client, id, "submit", fields);
        var page = await client.GetStringAsync("/qa/" + id.ToString(CultureInfo.InvariantCulture));
        var contact = await client.GetStringAsync("/contacts/" + SeedExport.A1First);
        await using var database = await site.OpenDatabaseAsync();
        var evaluation = (await database.Qa.GetAsync(id, CancellationToken.None))!;
        var audit = await database.AuditLog.ListAsync(AuditEntities.QaEvaluation, id.ToString(CultureInfo.InvariantCulture), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

            // Default form: 100 points; tone (10) no → 90 of 100.
            Assert.That((evaluation.Status, evaluation.Score, evaluation.CriticalFailed), Is.EqualTo((QaStatuses.Submitted, (double?)0.9, false)));
            Assert.That(evaluation.AnswerTo("proper_closing")!.Adjusted, Is.True, "closing was not found automatically, then answered yes");
            Assert.That(evaluation.AnswerTo("proper_closing")!.Comment, Is.EqualTo("closed fine"));
            Assert.That(page, Does.Contain("90.0%"));
            Assert.That(page, Does.Contain("Adjusted by the analyst"));
            Assert.That(page, Does.Not.Contain("name=\"Answers["), "submitted: read-only");
            Assert.That(contact, Does.Contain("90.0%"));
            Assert.That(audit.Select(a => a.Action), Is.EqualTo(new[] { AuditActions.StartQaEvaluation, AuditActions.SaveQaEvaluation, AuditActions.SubmitQaEvaluation }));
            Assert.That(audit.Select(a => a.UserName), Is.All.EqualTo(WebTestSite.Qa));
        }
    }

    [Test]
    public async Task Submit_Unanswered_ErrorAndStillDraft()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(client, SeedExport.A1First);

        using var response = await QaFlow.PostAsync(client, id, "submit", ("Answers[tone]", "yes"));
        var body = await response.Content.ReadAsStringAsync();
        await using var database = await site.OpenDatabaseAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Contain("Answer every question before submitting"));
        Assert.That((await database.Qa.GetAsync(id, CancellationToken.None))!.Status, Is.EqualTo(QaStatuses.Draft));
    }

    [Test]
    public async Task Submit_NaWhereNotAllowed_Refused()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(client, SeedExport.A1First);

        var fields = QaFlow.AllYes().Where(f => f.Name != "Answers[tone]").Append(("Answers[tone]", "n_a")).ToArray();
        using var response = await QaFlow.PostAsync(client, id, "submit", fields);

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("N/A is not allowed"));
    }

    [Test]
    public async Task CommentsAndTranscript_HtmlEncoded()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(client, SeedExport.A1Script);
        const string Markup = "<script>alert('x')</script><b onmouseover=\"y\">";

        var fields = QaFlow.AllYes().Append(("Comments[tone]", Markup)).Append(("Comment", Markup)).ToArray();
        using var submitted = await QaFlow.PostAsync(client, id, "submit", fields);
        var page = await client.GetStringAsync("/qa/" + id.ToString(CultureInfo.InvariantCulture));
        var list = await client.GetStringAsync("/qa");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page, Does.Not.Contain("<script>alert"));
            Assert.That(page, Does.Not.Contain("<b onmouseover"));
            Assert.That(page, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"));
            Assert.That(page, Does.Not.Contain(SeedExport.ScriptText), "transcript text is never markup");
            Assert.That(list, Does.Contain("#" + id.ToString(CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public async Task Agent_SeesOwnSubmittedOnly_NeverDraftsOrOthers()
    {
        await using var site = await WebTestSite.StartAsync();
        using var qa = await site.SignedInAsync(WebTestSite.Qa);
        var submitted = await QaFlow.StartAsync(qa, SeedExport.A1First);
        (await QaFlow.PostAsync(qa, submitted, "submit", QaFlow.AllYes())).Dispose();
        var draft = await QaFlow.StartAsync(qa, SeedExport.A1Script);
        var other = await QaFlow.StartAsync(qa, SeedExport.A2First);
        (await QaFlow.PostAsync(qa, other, "submit", QaFlow.AllYes())).Dispose();
        using var agent = await site.SignedInAsync(WebTestSite.AgentA1);

        using var own = await agent.GetAsync("/qa/" + submitted.ToString(CultureInfo.InvariantCulture));
        using var ownDraft = await agent.GetAsync("/qa/" + draft.ToString(CultureInfo.InvariantCulture));
        using var others = await agent.GetAsync("/qa/" + other.ToString(CultureInfo.InvariantCulture));
        var ownBody = await own.Content.ReadAsStringAsync();
        var contact = await agent.GetStringAsync("/contacts/" + SeedExport.A1Script);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ownBody, Does.Contain("100.0%"));
            Assert.That(ownBody, Does.Not.Contain("name=\"Answers["), "read-only");
            Assert.That(ownBody, Does.Not.Contain("asp-page-handler").And.Not.Contain("?handler=submit"), "no save or submit buttons for agents");
            Assert.That(ownDraft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(contact, Does.Not.Contain("id=\"qa-" + draft.ToString(CultureInfo.InvariantCulture) + "\""), "drafts not listed to agents");
            Assert.That(contact, Does.Not.Contain("Start evaluation"));
        }
    }

    [Test]
    public async Task Agents_MeanOnlyFromMinimumSample()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var id = await QaFlow.StartAsync(client, SeedExport.A1First);
        (await QaFlow.PostAsync(client, id, "submit", QaFlow.AllYes())).Dispose();

        var page = await client.GetStringAsync("/qa/agents");

        Assert.That(page, Does.Contain("id=\"agent-A1\""));
        Assert.That(page, Does.Contain("too few (fewer than 5)"));
        Assert.That(page, Does.Contain("at least 5 submitted evaluation(s)"));
    }

    [Test]
    public async Task List_FiltersByStatusAndAgent()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var a1 = await QaFlow.StartAsync(client, SeedExport.A1First);
        var a2 = await QaFlow.StartAsync(client, SeedExport.A2First);
        (await QaFlow.PostAsync(client, a2, "submit", QaFlow.AllYes())).Dispose();

        var drafts = await client.GetStringAsync("/qa?status=draft");
        var agentA2 = await client.GetStringAsync("/qa?agent=A2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(drafts, Does.Contain("id=\"qa-" + a1.ToString(CultureInfo.InvariantCulture) + "\""));
            Assert.That(drafts, Does.Not.Contain("id=\"qa-" + a2.ToString(CultureInfo.InvariantCulture) + "\""));
            Assert.That(agentA2, Does.Contain("id=\"qa-" + a2.ToString(CultureInfo.InvariantCulture) + "\""));
            Assert.That(agentA2, Does.Not.Contain("id=\"qa-" + a1.ToString(CultureInfo.InvariantCulture) + "\""));
        }
    }

    [Test]
    public async Task Pages_NoInlineScriptOrStyle()
    {
        await using var site = await WebTestSite.StartAsync();
        using var client = await site.SignedInAsync(WebTestSite.Qa);
        var draft = await QaFlow.StartAsync(client, SeedExport.A1First);
        var submitted = await QaFlow.StartAsync(client, SeedExport.A2First);
        (await QaFlow.PostAsync(client, submitted, "submit", QaFlow.AllYes())).Dispose();

        foreach (var path in new[] { "/qa/" + draft.ToString(CultureInfo.InvariantCulture), "/qa/" + submitted.ToString(CultureInfo.InvariantCulture), "/qa", "/qa/agents" })
        {
            var body = await client.GetStringAsync(path);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(Regex.IsMatch(body, @"<script\b", RegexOptions.IgnoreCase), Is.False, path + ": no script element");
                Assert.That(Regex.IsMatch(body, @"<style\b", RegexOptions.IgnoreCase), Is.False, path + ": no style element");
                Assert.That(Regex.IsMatch(body, @"<[^>]*\sstyle\s*=", RegexOptions.IgnoreCase), Is.False, path + ": no style attribute");
                Assert.That(Regex.IsMatch(body, @"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase), Is.False, path + ": no event handler attribute");
            }
        }
    }
}
