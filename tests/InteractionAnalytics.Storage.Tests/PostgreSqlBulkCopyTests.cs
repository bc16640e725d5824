using Dapper;
using InteractionAnalytics.Core.Contacts;
using InteractionAnalytics.Core.Ingest;
using InteractionAnalytics.Core.Speakers;
using InteractionAnalytics.Core.Transcripts;
using InteractionAnalytics.Storage.Dialects;
using InteractionAnalytics.Storage.PostgreSql;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace InteractionAnalytics.Storage.Tests;

/// <summary>
/// PostgreSQL's binary-COPY ingest against its row-by-row ingest: the same batches into two new databases, one opened
/// through the provider (COPY) and one over a bare data source (a statement per row), must give the same per-record
/// results and the same rows.
/// </summary>
public sealed class PostgreSqlBulkCopyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly FakeTimeProvider Time = new(Now);

    [Test]
    public void Provider_SuppliesTheBinaryCopier() =>
        Assert.That(((IDatabaseProvider)PostgreSqlDatabaseProvider.Instance).BulkCopier, Is.SameAs(PostgreSqlBulkCopier.Instance));

    [Test]
    public async Task Contacts_InsertRerunUpdateAndDuplicates_SameResultsAndRowsAsRowPath()
    {
        await using var pair = await PathPair.CreateAsync();
        var nulls = new SourcedContact(new ContactRecord
        {
            CallId = "C-NULLS",
            StartedAt = new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 11, 17, 10, 1, 0, TimeSpan.Zero),
        }, "calls.csv", 8);
        var unicode = new SourcedContact(new ContactRecord
        {
            CallId = "C-ÜNÏ-東京-☎",
            CustomerId = "顧客-😀",
            AgentId = "Zoë",
            Team = "Zürich ß",
            Queue = new string('q', 20_000),
            Disposition = "résolu — ok",
            StartedAt = new DateTimeOffset(2026, 11, 17, 11, 0, 0, TimeSpan.FromHours(9)),
            EndedAt = new DateTimeOffset(2026, 11, 17, 11, 5, 0, TimeSpan.FromHours(9)),
            IvrSeconds = 12.5,
            TalkSeconds = 280.25,
        }, "calls.csv", 9);
        IReadOnlyList<SourcedContact> first =
        [
            Contacts.Handled("C1", line: 2), Contacts.Handled("C2", line: 3), Contacts.Handled("C1", line: 4), Contacts.Abandoned("C3"), nulls, unicode,
        ];
        IReadOnlyList<SourcedContact> changed =
        [
            Contacts.Handled("C1", line: 2), Contacts.Handled("C2", talk: 10, hold: 30, line: 3), Contacts.Abandoned("C3"), nulls,
            new(unicode.Record with { Team = "Genève" }, "calls.csv", 9), Contacts.Handled("C4", line: 10), Contacts.Handled("C4", line: 11),
        ];

        var outcomes = new List<string>();
        foreach (var batches in new[] { new[] { first }, new[] { first }, new[] { changed, changed } })
        {
            var results = await pair.BothAsync(async (store, run) =>
            {
                var all = new List<UpsertResult>();
                foreach (var batch in batches)
                {
                    all.AddRange(await store.UpsertContactsAsync(run, batch, default));
                }

                return all;
            });
            Assert.That(results.Copy, Is.EqualTo(results.Rows), "per-record results");
            outcomes.AddRange(results.Copy.Select(r => r.Outcome.ToString()));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await DumpAsync(pair.Copy, "SELECT * FROM contacts ORDER BY call_id"), Is.EqualTo(await DumpAsync(pair.Rows, "SELECT * FROM contacts ORDER BY call_id")));
            Assert.That(outcomes, Does.Contain(nameof(UpsertOutcome.Inserted)).And.Contain(nameof(UpsertOutcome.Updated))
                .And.Contain(nameof(UpsertOutcome.Unchanged)).And.Contain(nameof(UpsertOutcome.DuplicateInRun)));
            Assert.That(await pair.Copy.ScalarAsync<string>("SELECT team FROM contacts WHERE call_id = 'C-ÜNÏ-東京-☎'"), Is.EqualTo("Genève"));
            Assert.That(await pair.Copy.ScalarAsync<long>("SELECT COUNT(*) FROM contacts WHERE customer_id IS NULL AND ivr_seconds IS NULL AND answered_at IS NULL"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Transcripts_InsertRerunReplaceAndDuplicates_SameResultsAndTurnsAsRowPath()
    {
        await using var pair = await PathPair.CreateAsync();
        var longText = string.Concat(Enumerable.Repeat("naïve café 東京 😀 ", 10_000));
        IReadOnlyList<SourcedContact> contacts = [Contacts.Handled("C1"), Contacts.Handled("C2"), Contacts.Handled("C3")];
        var c1 = new Transcript("C1", "en", [new Turn(Speaker.Agent, 0, 1, "hello"), new Turn(Speaker.Customer, 1, 2.5, longText), new Turn(Speaker.Agent, 2.5, 3, "Grüß Gott")]);
        var c2 = new Transcript("C2", null, [new Turn(Speaker.Agent, null, null, "no times")]);
        var c3 = new Transcript("C3", "fr", [new Turn(Speaker.Customer, 0, 4, "déjà vu"), new Turn(Speaker.Agent, 4, 5, "d'accord")]);
        var c1Roles = new SpeakerRoleResult(c1, ["spk_0", "spk_1", "spk_0"],
            [
                new SpeakerRoleAssignment("spk_0", Speaker.Agent, SpeakerRoleMethod.Inferred, 0.9, ["greets: «thank you for calling»"]),
                new SpeakerRoleAssignment("spk_1", Speaker.Customer, SpeakerRoleMethod.Declared, 1, []),
            ], 0.9, false, null);
        var c3Roles = new SpeakerRoleResult(c3, ["ch_1", "ch_0"], [new SpeakerRoleAssignment("ch_0", Speaker.Agent, SpeakerRoleMethod.Configured, 1, ["--speaker-roles"])], 0.4, true, "low confidence: ünïcode");
        IReadOnlyList<SourcedTranscript> first =
        [
            new(c1, "transcripts/C1.json", "json") { Roles = c1Roles }, new(c2, "transcripts/C2.txt", "text"), new(c3, "transcripts/C3.json", "json") { Roles = c3Roles },
            new(c3, "transcripts/copy/C3.json", "json"), new(c2 with { CallId = "C404" }, "transcripts/C404.txt", "text"),
        ];
        IReadOnlyList<SourcedTranscript> changed =
        [
            new(c1 with { Turns = [new Turn(Speaker.Agent, 0, 1, "only")] }, "transcripts/C1.json", "json")
            {
                Roles = c1Roles with { Labels = ["spk_0"], Assignments = [c1Roles.Assignments[0]] },
            }, new(c2, "transcripts/C2.txt", "text"),
            new(c3, "transcripts/C3.json", "json") { Roles = c3Roles },
        ];

        foreach (var batch in new[] { first, first, changed })
        {
            var results = await pair.BothAsync(async (store, run) =>
            {
                await store.UpsertContactsAsync(run, contacts, default);
                return await store.UpsertTranscriptsAsync(run, batch, default);
            });
            Assert.That(results.Copy, Is.EqualTo(results.Rows), "per-record results");
        }

        const string Turns = "SELECT * FROM transcript_turns ORDER BY call_id, turn_index";
        const string Headers = "SELECT * FROM transcripts ORDER BY call_id";
        const string Roles = "SELECT * FROM speaker_roles ORDER BY call_id, speaker_label";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await DumpAsync(pair.Copy, Turns), Is.EqualTo(await DumpAsync(pair.Rows, Turns)));
            Assert.That(await DumpAsync(pair.Copy, Headers), Is.EqualTo(await DumpAsync(pair.Rows, Headers)));
            Assert.That(await DumpAsync(pair.Copy, Roles), Is.EqualTo(await DumpAsync(pair.Rows, Roles)));
            Assert.That(await pair.Copy.ScalarAsync<long>("SELECT COUNT(*) FROM speaker_roles"), Is.EqualTo(2));
            Assert.That(await pair.Copy.ScalarAsync<long>("SELECT COUNT(*) FROM transcript_turns"), Is.EqualTo(1 + 1 + 2));
        }
    }

    /// <summary>Every row of <paramref name="sql"/>, each column as name=value text, for comparing two databases.</summary>
    private static async Task<IReadOnlyList<string>> DumpAsync(TestDatabase db, string sql)
    {
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync(sql);
        return [.. rows.Cast<IDictionary<string, object?>>().Select(row => string.Join("|", row.Select(c => $"{c.Key}={c.Value}")))];
    }

    /// <summary>Two new PostgreSQL databases with the same history: one written through COPY, one a row at a time.</summary>
    private sealed class PathPair : IAsyncDisposable
    {
        private PathPair(TestDatabase copy, TestDatabase rows)
        {
            Copy = copy;
            Rows = rows;
        }

        public TestDatabase Copy { get; }

        public TestDatabase Rows { get; }

        public static async Task<PathPair> CreateAsync()
        {
            PostgreSqlDatabaseProvider.Register();
            var (copyDb, dropCopy) = await PostgreSqlTestServer.CreateDatabaseAsync();
            var copy = new TestDatabase(await InteractionDatabase.OpenAsync(copyDb, Time, CancellationToken.None), dropCopy);
            var (rowDb, dropRows) = await PostgreSqlTestServer.CreateDatabaseAsync();
            var rowSource = new PostgreSqlDataSource(NpgsqlDataSource.Create(rowDb));
            var rows = new TestDatabase(await InteractionDatabase.OpenAsync(rowSource, SqlDialect.PostgreSql, "row path", Time, CancellationToken.None), dropRows);
            return new PathPair(copy, rows);
        }

        /// <summary>Starts a run on both databases (same run ids) and does the same to each.</summary>
        public async Task<(IReadOnlyList<UpsertResult> Copy, IReadOnlyList<UpsertResult> Rows)> BothAsync(
            Func<IIngestStore, long, Task<IReadOnlyList<UpsertResult>>> step)
        {
            var copyRun = await Copy.Database.IngestStore.StartRunAsync("/exports/a", "{}", Now, default);
            var rowRun = await Rows.Database.IngestStore.StartRunAsync("/exports/a", "{}", Now, default);
            Assert.That(copyRun, Is.EqualTo(rowRun));
            return (await step(Copy.Database.IngestStore, copyRun), await step(Rows.Database.IngestStore, rowRun));
        }

        public async ValueTask DisposeAsync()
        {
            await Copy.DisposeAsync();
            await Rows.DisposeAsync();
        }
    }
}
