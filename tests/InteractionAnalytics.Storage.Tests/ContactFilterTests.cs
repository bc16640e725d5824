using Dapper;
using InteractionAnalytics.Storage.Browsing;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>
/// The contact list's confidence, resolution, repeat outcome and sentiment filters, on the contacts of
/// <see cref="ContactBrowserTests"/> with measures and outcomes written by hand.
/// </summary>
[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class ContactFilterTests(StorageProvider provider)
{
    // C1: intent 0.9, root cause 0.8; resolved; customer end −0.30, change −0.50; repeated.
    // C2: unclassified; unresolved; end 0.04, change 0.05; resolved_first_contact.
    // C3: intent 0.7, root cause 0.4 but corrected; unknown; end 0.05, change null; pending.
    // C4: abandoned, no measures; not_applicable.
    private static async Task<TestDatabase> SeedAsync(StorageProvider provider)
    {
        var db = await ContactBrowserTests.SeedAsync(provider);
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        var runId = await connection.ExecuteScalarAsync<long>("SELECT MAX(run_id) FROM ingest_runs");
        foreach (var (callId, resolution, end, change) in new (string, string, double?, double?)[]
        {
            ("C1", "resolved", -0.30, -0.50), ("C2", "unresolved", 0.04, 0.05), ("C3", "unknown", 0.05, null),
        })
        {
            await connection.ExecuteAsync("""
                INSERT INTO conversation_measures (call_id, sentiment_analyzer, turn_sentiments, customer_sentiment_end,
                    customer_sentiment_change, dynamics_status, resolution, resolution_confidence, resolution_evidence, run_id)
                VALUES (@CallId, 'test', '[]', @End, @Change, 'ok', @Resolution, 0.9, '[]', @RunId)
                ON CONFLICT (call_id) DO UPDATE SET sentiment_analyzer = excluded.sentiment_analyzer,
                    turn_sentiments = excluded.turn_sentiments, customer_sentiment_end = excluded.customer_sentiment_end,
                    customer_sentiment_change = excluded.customer_sentiment_change, dynamics_status = excluded.dynamics_status,
                    resolution = excluded.resolution, resolution_confidence = excluded.resolution_confidence,
                    resolution_evidence = excluded.resolution_evidence, run_id = excluded.run_id
                """, new { CallId = callId, Resolution = resolution, End = end, Change = change, RunId = runId });
        }

        foreach (var (callId, outcome) in new[] { ("C1", "repeated"), ("C2", "resolved_first_contact"), ("C3", "pending"), ("C4", "not_applicable") })
        {
            await connection.ExecuteAsync("""
                INSERT INTO contact_outcomes (call_id, outcome, window_elapsed, window_seconds, same_intent, horizon_utc, run_id)
                VALUES (@CallId, @Outcome, 1, 604800, 0, '2026-11-30T00:00:00Z', @RunId)
                ON CONFLICT (call_id) DO UPDATE SET outcome = excluded.outcome, window_elapsed = excluded.window_elapsed,
                    window_seconds = excluded.window_seconds, same_intent = excluded.same_intent, horizon_utc = excluded.horizon_utc,
                    run_id = excluded.run_id
                """, new { CallId = callId, Outcome = outcome, RunId = runId });
        }

        return db;
    }

    private static async Task<string[]> IdsAsync(TestDatabase db, ContactQuery query)
    {
        var page = await db.Database.Contacts.ListAsync(query, default);
        var streamed = new List<string>();
        await foreach (var item in db.Database.Contacts.StreamAsync(query, default))
        {
            streamed.Add(item.CallId);
        }

        var ids = page.Items.Select(i => i.CallId).ToArray();
        Assert.That((page.Total, streamed), Is.EqualTo(((long)ids.Length, ids)), "the count, the page and the CSV stream agree");
        return ids;
    }

    [Test]
    public async Task ConfidenceBelow_EitherModelLabel_CorrectedCountsAsConfident()
    {
        await using var db = await SeedAsync(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceBelow = 0.85 }), Is.EqualTo(new[] { "C3", "C1" }), "C1's root cause 0.8, C3's intent 0.7");
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceBelow = 0.75 }), Is.EqualTo(new[] { "C3" }));
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceBelow = 0.7 }), Is.Empty, "strictly below");
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceBelow = 0.5 }), Is.Empty, "C3's root cause 0.4 was corrected");
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceBelow = 1 }), Does.Not.Contain("C2"), "unclassified never matches");
        }
    }

    [Test]
    public async Task ConfidenceAtLeast_BothLabelsInclusive()
    {
        await using var db = await SeedAsync(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceAtLeast = 0.8 }), Is.EqualTo(new[] { "C1" }), "C1: 0.9 and 0.8");
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceAtLeast = 0.7 }), Is.EqualTo(new[] { "C3", "C1" }), "C3: 0.7 and corrected");
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceAtLeast = 0 }), Is.EqualTo(new[] { "C3", "C1" }), "unclassified never matches");
        }
    }

    [Test]
    public async Task Resolution_TheTranscriptsVerdict()
    {
        await using var db = await SeedAsync(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(db, new ContactQuery { Resolution = "resolved" }), Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Resolution = "unresolved" }), Is.EqualTo(new[] { "C2" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Resolution = "unknown" }), Is.EqualTo(new[] { "C3" }), "C4 has no measures");
        }
    }

    [Test]
    public async Task Outcome_TheRepeatOutcome()
    {
        await using var db = await SeedAsync(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(db, new ContactQuery { Outcome = "repeated" }), Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Outcome = "resolved_first_contact" }), Is.EqualTo(new[] { "C2" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Outcome = "pending" }), Is.EqualTo(new[] { "C3" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Outcome = "not_applicable" }), Is.EqualTo(new[] { "C4" }));
        }
    }

    [Test]
    public async Task Sentiment_ThresholdsInclusiveAtFiveHundredths()
    {
        await using var db = await SeedAsync(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(db, new ContactQuery { Sentiment = SentimentFilter.NegativeEnd }), Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Sentiment = SentimentFilter.NeutralEnd }), Is.EqualTo(new[] { "C2" }), "0.04");
            Assert.That(await IdsAsync(db, new ContactQuery { Sentiment = SentimentFilter.PositiveEnd }), Is.EqualTo(new[] { "C3" }), "0.05 is positive");
            Assert.That(await IdsAsync(db, new ContactQuery { Sentiment = SentimentFilter.Improved }), Is.EqualTo(new[] { "C2" }), "a change of 0.05");
            Assert.That(await IdsAsync(db, new ContactQuery { Sentiment = SentimentFilter.Worsened }), Is.EqualTo(new[] { "C1" }), "C3's change is null");
        }
    }

    [Test]
    public async Task NewFilters_CombineWithAndAndNeverWidenTheAgentRestriction()
    {
        await using var db = await SeedAsync(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await IdsAsync(db, new ContactQuery { Resolution = "resolved", Sentiment = SentimentFilter.Worsened, Outcome = "repeated", ConfidenceBelow = 0.85 }),
                Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(db, new ContactQuery { Resolution = "resolved", Outcome = "pending" }), Is.Empty);
            Assert.That(await IdsAsync(db, new ContactQuery { ConfidenceBelow = 0.85, AgentId = "A1" }), Is.EqualTo(new[] { "C1" }));
            Assert.That(await IdsAsync(db, new ContactQuery { VisibleAgentId = "A1", Resolution = "unknown" }), Is.Empty, "C3 is A2's");
            Assert.That(await IdsAsync(db, new ContactQuery { VisibleAgentId = "A1", Outcome = "x' OR '1'='1" }), Is.Empty, "values are parameters");
        }
    }
}
