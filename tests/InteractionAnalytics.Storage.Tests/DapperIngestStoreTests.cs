using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Transcripts;

namespace InteractionAnalytics.Storage.Tests;

[TestFixtureSource(typeof(StorageProvider), nameof(StorageProvider.All))]
public sealed class DapperIngestStoreTests(StorageProvider provider)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task UpsertContacts_NewThenSameThenChanged_InsertedUnchangedUpdated()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;

        var run1 = await store.StartRunAsync("/exports/a", "{}", Now, default);
        var first = await store.UpsertContactsAsync(run1, [Contacts.Handled("C1"), Contacts.Handled("C2")], default);
        var run2 = await store.StartRunAsync("/exports/a", "{}", Now, default);
        var second = await store.UpsertContactsAsync(run2, [Contacts.Handled("C1"), Contacts.Handled("C2", talk: 10)], default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(r => r.Outcome), Is.EqualTo(new[] { UpsertOutcome.Inserted, UpsertOutcome.Inserted }));
            Assert.That(second.Select(r => r.Outcome), Is.EqualTo(new[] { UpsertOutcome.Unchanged, UpsertOutcome.Updated }));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM contacts"), Is.EqualTo(2));
            Assert.That(await db.ScalarAsync<double>("SELECT handle_seconds FROM contacts WHERE call_id = 'C2'"), Is.EqualTo(70));
            Assert.That(await db.ScalarAsync<long>("SELECT first_run_id FROM contacts WHERE call_id = 'C2'"), Is.EqualTo(run1));
            Assert.That(await db.ScalarAsync<long>("SELECT last_run_id FROM contacts WHERE call_id = 'C1'"), Is.EqualTo(run2));
        }
    }

    [Test]
    public async Task UpsertContacts_SameIdTwiceInRun_SecondIsDuplicateWithFirstLocation()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/exports/a", "{}", Now, default);

        var inBatch = await store.UpsertContactsAsync(run, [Contacts.Handled("C1", line: 2), Contacts.Handled("C1", line: 3)], default);
        var nextBatch = await store.UpsertContactsAsync(run, [Contacts.Handled("C1", line: 7)], default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inBatch[1].Outcome, Is.EqualTo(UpsertOutcome.DuplicateInRun));
            Assert.That(inBatch[1].Detail, Is.EqualTo("already read at calls.csv line 2 in this export"));
            Assert.That(nextBatch[0].Outcome, Is.EqualTo(UpsertOutcome.DuplicateInRun));
            Assert.That(nextBatch[0].Detail, Is.EqualTo("already read at calls.csv line 2 in this export"));
        }
    }

    [Test]
    public async Task UpsertTranscripts_UnknownContactAndReplacement_TurnsReplacedWhole()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run1 = await store.StartRunAsync("/e", "{}", Now, default);
        await store.UpsertContactsAsync(run1, [Contacts.Handled("C1")], default);
        var three = new Transcript("C1", "en", [new Turn(Speaker.Agent, 0, 1, "a"), new Turn(Speaker.Customer, 1, 2, "b"), new Turn(Speaker.Agent, 2, 3, "c")]);
        var one = new Transcript("C1", "en", [new Turn(Speaker.Agent, 0, 1, "only")]);

        var first = await store.UpsertTranscriptsAsync(run1, [new SourcedTranscript(three, "transcripts/C1.json", "json"), new SourcedTranscript(one with { CallId = "C404" }, "transcripts/C404.json", "json")], default);
        var run2 = await store.StartRunAsync("/e", "{}", Now, default);
        var second = await store.UpsertTranscriptsAsync(run2, [new SourcedTranscript(one, "transcripts/C1.json", "json")], default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(r => r.Outcome), Is.EqualTo(new[] { UpsertOutcome.Inserted, UpsertOutcome.UnknownContact }));
            Assert.That(second.Single().Outcome, Is.EqualTo(UpsertOutcome.Updated));
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM transcript_turns WHERE call_id = 'C1'"), Is.EqualTo(1));
            Assert.That(await db.ScalarAsync<string>("SELECT text FROM transcript_turns WHERE call_id = 'C1'"), Is.EqualTo("only"));
            Assert.That(await db.ScalarAsync<long>("SELECT turn_count FROM transcripts WHERE call_id = 'C1'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task DeletingContact_CascadesToTranscriptAndTurns()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", Now, default);
        await store.UpsertContactsAsync(run, [Contacts.Handled("C1")], default);
        await store.UpsertTranscriptsAsync(run, [new SourcedTranscript(new Transcript("C1", null, [new Turn(Speaker.Agent, null, null, "x")]), "transcripts/C1.txt", "text")], default);

        await db.ScalarAsync<long>("DELETE FROM contacts WHERE call_id = 'C1'");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM transcripts"), Is.Zero);
            Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM transcript_turns"), Is.Zero);
        }
    }

    [Test]
    public async Task StartRun_SameSource_ForgetsEarlierRejectsOfThatSourceOnly()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run1 = await store.StartRunAsync("/e/a", "{}", Now, default);
        await store.AddRejectsAsync(run1, "/e/a", [new RejectedRecord("calls.csv", 3, "C1", "bad", "raw")], default);
        var other = await store.StartRunAsync("/e/b", "{}", Now, default);
        await store.AddRejectsAsync(other, "/e/b", [new RejectedRecord("calls.csv", 4, null, "bad", null)], default);

        await store.StartRunAsync("/e/a", "{}", Now, default);

        Assert.That(await db.ScalarAsync<string>("SELECT source FROM rejects"), Is.EqualTo("/e/b"));
    }

    [Test]
    public async Task FinishRun_StoresCountsAndRunsReaderReadsThemBack()
    {
        await using var db = await provider.CreateAsync();
        var store = db.Database.IngestStore;
        var run = await store.StartRunAsync("/e", "{}", Now, default);
        var summary = new IngestRunSummary(run, "/e", Now, Now.AddSeconds(3), IngestRunStatus.Completed,
            new IngestCounts { Read = 10, Inserted = 6, Updated = 1, Unchanged = 1, Rejected = 2 },
            new IngestCounts { Read = 4, Inserted = 4 }, null);

        await store.FinishRunAsync(summary, default);
        var read = (await db.Database.Runs.GetRecentRunsAsync(5, default)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Is.EqualTo(summary).Using<IngestRunSummary>((a, b) =>
                a.RunId == b.RunId && a.Status == b.Status && a.Contacts == b.Contacts && a.Transcripts == b.Transcripts && a.EndedAt == b.EndedAt));
            Assert.That(await db.ScalarAsync<long>("SELECT records_read FROM ingest_runs"), Is.EqualTo(14));
            Assert.That(await db.ScalarAsync<long>("SELECT records_stored FROM ingest_runs"), Is.EqualTo(12));
        }
    }

    [Test]
    public async Task Open_Twice_MigrationsAppliedOnce()
    {
        await using var db = await provider.CreateAsync();

        Assert.That(await db.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"), Is.EqualTo(11), "migrations v1 to v11, each once");
    }
}
