using InteractionAnalytics.Storage.Audit;
using InteractionAnalytics.Storage.Coaching;

namespace InteractionAnalytics.Storage.Tests.Coaching;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class CoachingStoreTests(StorageProvider provider)
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

    private static async Task<IReadOnlyList<CoachingItem>> OpenItemsAsync(TestDatabase db, CoachingQuery? query = null) =>
        (await db.Database.Coaching.ListOpenAsync(query ?? new CoachingQuery(), default)).Items;

    [Test]
    public async Task RefreshFlags_Seed_QaAndRootCauseFlagsAsDefined()
    {
        // QA: E2 (0.5 < 0.7) and E5 (0.6) low, E3 critical; E1 (0.9) passes, E4 is a draft. Root cause: C1 (model, 0.9) and
        // C2 (corrected to agent); C6's agent root cause has confidence 0.4 < 0.5; C3 is billing.
        await using var db = await ScorecardSeed.CreateAsync(provider);

        var created = await db.Database.Coaching.RefreshFlagsAsync(new CoachingFlagRules(), At, default);

        var items = await OpenItemsAsync(db);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo(5));
            Assert.That(items.Select(i => (i.AgentId, i.CallId, i.ReasonKind)), Is.EqualTo(new (string, string?, string)[]
            {
                ("A1", "C2", CoachingReasonKinds.QaLowScore),
                ("A1", "C4", CoachingReasonKinds.QaCriticalFail),
                ("A2", "C5", CoachingReasonKinds.QaLowScore),
                ("A1", "C1", CoachingReasonKinds.AgentRootCause),
                ("A1", "C2", CoachingReasonKinds.AgentRootCause),
            }), "oldest first: QA flags by evaluation, then root causes by contact start");
            Assert.That(items[0].Reason, Is.EqualTo("QA evaluation 2 scored 0.50, below 0.70"));
            Assert.That(items[1].Reason, Is.EqualTo("QA evaluation 3 failed a critical question (score 0.80)"));
            Assert.That(items[3].Reason, Is.EqualTo("Root cause agent (model, confidence 0.90)"));
            Assert.That(items[4].Reason, Is.EqualTo("Root cause corrected to agent by a supervisor"));
            Assert.That(items.Select(i => i.CreatedBy), Is.All.EqualTo(CoachingFlagRules.SystemUser));
            Assert.That(items.Select(i => i.CreatedAt), Is.All.EqualTo(At));
        }
    }

    [Test]
    public async Task RefreshFlags_ThresholdAndConfidenceConfigurable()
    {
        // Threshold 0.55: only E2 (0.5) is low, E3 still critical. Confidence 0.4: C6 joins (inclusive).
        await using var db = await ScorecardSeed.CreateAsync(provider);

        await db.Database.Coaching.RefreshFlagsAsync(new CoachingFlagRules(QaScoreThreshold: 0.55, MinRootCauseConfidence: 0.4), At, default);

        var items = await OpenItemsAsync(db);
        Assert.That(items.Select(i => i.CallId + ":" + i.ReasonKind), Is.EquivalentTo(new[]
        {
            "C2:" + CoachingReasonKinds.QaLowScore, "C4:" + CoachingReasonKinds.QaCriticalFail,
            "C1:" + CoachingReasonKinds.AgentRootCause, "C2:" + CoachingReasonKinds.AgentRootCause, "C6:" + CoachingReasonKinds.AgentRootCause,
        }));
    }

    [Test]
    public async Task RefreshFlags_Rerun_NeverDuplicatesNeverReopensClosed()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);
        var coaching = db.Database.Coaching;
        await coaching.RefreshFlagsAsync(new CoachingFlagRules(), At, default);
        var first = (await OpenItemsAsync(db))[0];
        await coaching.CloseAsync(first.ItemId, "Talked it through.", "sue", At.AddHours(1), default);

        var again = await coaching.RefreshFlagsAsync(new CoachingFlagRules(), At.AddHours(2), default);
        var third = await coaching.RefreshFlagsAsync(new CoachingFlagRules(), At.AddHours(3), default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.Zero);
            Assert.That(third, Is.Zero);
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM coaching_items"), Is.EqualTo(5));
            Assert.That(await OpenItemsAsync(db), Has.Count.EqualTo(4));
            Assert.That((await coaching.GetAsync(first.ItemId, null, default))!.Status, Is.EqualTo(CoachingStatuses.Closed));
        }
    }

    [Test]
    public async Task RefreshFlags_NewEvaluationLater_OnlyItIsAdded()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);
        await db.Database.Coaching.RefreshFlagsAsync(new CoachingFlagRules(), At, default);
        await using (var connection = await db.Database.DataSource.OpenConnectionAsync())
        {
            await ScorecardSeed.InsertEvaluationAsync(connection, 6, "C6", "A2", "submitted", 0.2, 0);
        }

        var created = await db.Database.Coaching.RefreshFlagsAsync(new CoachingFlagRules(), At, default);

        var a2 = await OpenItemsAsync(db, new CoachingQuery(AgentId: "A2"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created, Is.EqualTo(1));
            Assert.That(a2.Select(i => i.CallId), Is.EqualTo(new[] { "C5", "C6" }));
        }
    }

    [Test]
    public async Task Flag_ByHand_ItemAndAuditOnTheContactInOneGo_SecondFlagReusesOpenItem()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);
        var coaching = db.Database.Coaching;

        var flagged = await coaching.FlagAsync("C3", "Long silence <b>before</b> the answer.", "quinn", At, default);
        var again = await coaching.FlagAsync("C3", "Again.", "sue", At, default);
        var abandoned = await coaching.FlagAsync("C7", "No agent.", "sue", At, default);
        var missing = await coaching.FlagAsync("C99", "No contact.", "sue", At, default);

        var item = await coaching.GetAsync(flagged!.ItemId, null, default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.Contact, "C3", default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(flagged.Created, Is.True);
            Assert.That(again, Is.EqualTo(new CoachingFlagResult(flagged.ItemId, Created: false)));
            Assert.That(abandoned, Is.Null);
            Assert.That(missing, Is.Null);
            Assert.That(item, Is.EqualTo(new CoachingItem(
                flagged.ItemId, "A1", "C3", CoachingReasonKinds.Manual, "Long silence <b>before</b> the answer.", CoachingStatuses.Open, "quinn", At, null, null)));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0].Action, Is.EqualTo(AuditActions.FlagForCoaching));
            Assert.That(audit[0].UserName, Is.EqualTo("quinn"));
            Assert.That(audit[0].At, Is.EqualTo(At));
            Assert.That(audit[0].BeforeJson, Is.Null);
            Assert.That(audit[0].AfterJson, Is.EqualTo($$"""{"coaching_item":"{{flagged.ItemId}}","agent_id":"A1","reason_kind":"manual"}"""));
            Assert.That(audit[0].Reason, Is.EqualTo("Long silence <b>before</b> the answer."));
        }
    }

    [Test]
    public async Task Flag_AfterClosingTheManualItem_NewItem()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);
        var coaching = db.Database.Coaching;
        var first = await coaching.FlagAsync("C3", "First.", "quinn", At, default);
        await coaching.CloseAsync(first!.ItemId, "Done.", "quinn", At, default);

        var second = await coaching.FlagAsync("C3", "Second.", "quinn", At, default);

        Assert.That(second, Is.EqualTo(new CoachingFlagResult(first.ItemId + 1, Created: true)));
    }

    [Test]
    public async Task NotesAndClose_StoredInOrder_EachAudited_ClosedTakesNoMore()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);
        var coaching = db.Database.Coaching;
        var itemId = (await coaching.FlagAsync("C1", "Check the refund script.", "quinn", At, default))!.ItemId;

        var noted = await coaching.AddNoteAsync(itemId, "Listened together; agent <i>knows</i> the script.", "sue", At.AddMinutes(5), default);
        var closed = await coaching.CloseAsync(itemId, "Coached on 24 Nov.", "sue", At.AddMinutes(10), default);
        var noteAfterClose = await coaching.AddNoteAsync(itemId, "Late note.", "sue", At.AddMinutes(15), default);
        var closeAgain = await coaching.CloseAsync(itemId, "Again.", "sue", At.AddMinutes(15), default);
        var unknown = await coaching.AddNoteAsync(9999, "Nobody.", "sue", At, default);

        var item = await coaching.GetAsync(itemId, null, default);
        var notes = await coaching.ListNotesAsync(itemId, default);
        var audit = await db.Database.AuditLog.ListAsync(AuditEntities.CoachingItem, CoachingStore.Key(itemId), default);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((noted, closed, noteAfterClose, closeAgain, unknown), Is.EqualTo((true, true, false, false, false)));
            Assert.That(item!.Status, Is.EqualTo(CoachingStatuses.Closed));
            Assert.That(item.ClosedBy, Is.EqualTo("sue"));
            Assert.That(item.ClosedAt, Is.EqualTo(At.AddMinutes(10)));
            Assert.That(notes.Select(n => (n.Author, n.At, n.Text)), Is.EqualTo(new[]
            {
                ("sue", At.AddMinutes(5), "Listened together; agent <i>knows</i> the script."),
                ("sue", At.AddMinutes(10), "Coached on 24 Nov."),
            }));
            Assert.That(audit.Select(a => (a.Action, a.UserName, a.BeforeJson, a.AfterJson, a.Reason)), Is.EqualTo(new (string, string, string?, string?, string?)[]
            {
                (AuditActions.AddCoachingNote, "sue", null, """{"note":"Listened together; agent \u003Ci\u003Eknows\u003C/i\u003E the script."}""", null),
                (AuditActions.CloseCoachingItem, "sue", """{"status":"open"}""", """{"status":"closed"}""", "Coached on 24 Nov."),
            }));
            Assert.That(await OpenItemsAsync(db), Is.Empty);
        }
    }

    [Test]
    public async Task ListOpen_FiltersVisibilityAndPages()
    {
        await using var db = await ScorecardSeed.CreateAsync(provider);
        var coaching = db.Database.Coaching;
        await coaching.RefreshFlagsAsync(new CoachingFlagRules(), At, default);

        var a1Qa = await coaching.ListOpenAsync(new CoachingQuery(AgentId: "A1", ReasonKind: CoachingReasonKinds.QaLowScore), default);
        var asA2 = await coaching.ListOpenAsync(new CoachingQuery(VisibleAgentId: "A2"), default);
        var asA2AskingForA1 = await coaching.ListOpenAsync(new CoachingQuery(AgentId: "A1", VisibleAgentId: "A2"), default);
        var page2 = await coaching.ListOpenAsync(new CoachingQuery(Page: 2, PageSize: 2), default);
        var a1Item = (await OpenItemsAsync(db, new CoachingQuery(AgentId: "A1")))[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(a1Qa.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C2" }));
            Assert.That(asA2.Items.Select(i => i.AgentId), Is.EqualTo(new[] { "A2" }));
            Assert.That(asA2AskingForA1.Total, Is.Zero);
            Assert.That((page2.Total, page2.Pages, page2.Items.Count), Is.EqualTo((5L, 3, 2)));
            Assert.That(page2.Items.Select(i => i.CallId), Is.EqualTo(new[] { "C5", "C1" }));
            Assert.That(await coaching.GetAsync(a1Item.ItemId, "A2", default), Is.Null, "another agent's item is invisible");
            Assert.That(await coaching.GetAsync(a1Item.ItemId, "A1", default), Is.EqualTo(a1Item));
            Assert.That(await coaching.ListAgentsWithOpenItemsAsync(null, default), Is.EqualTo(new[] { "A1", "A2" }));
            Assert.That(await coaching.ListAgentsWithOpenItemsAsync("A2", default), Is.EqualTo(new[] { "A2" }));
        }
    }
}
