using System.Text.Json;
using Dapper;
using InteractionAnalytics.Storage;

namespace InteractionAnalytics.Cli.Tests;

/// <summary><c>ia delete</c> and <c>ia purge</c> on the ingested sample export (docs/retention.md).</summary>
public sealed class RetentionCommandTests
{
    // A customer of the sample with five contacts, three of them repeated: deleting them changes counts and FCR alike.
    private const string Customer = "CU000203";

    private static (long Contacts, long Handled, long Repeated) Totals(CliRun report)
    {
        using var json = JsonDocument.Parse(report.Output);
        var total = json.RootElement.GetProperty("total");
        return (total.GetProperty("contacts").GetInt64(), total.GetProperty("handled").GetInt64(), total.GetProperty("repeated").GetInt64());
    }

    private static async Task<T> ScalarAsync<T>(string database, string sql, object? args = null)
    {
        await using var db = await InteractionDatabase.OpenAsync(database, TimeProvider.System, CancellationToken.None);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    /// <summary>Runs <c>ia</c> with a fixed clock, so "older than" means the same on every day the test runs.</summary>
    private static async Task<CliRun> RunAtAsync(DateTimeOffset now, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error, isTerminal: false, new FixedClock(now));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Delete_CustomerWithRepeats_ReportDropsByExactlyTheirContactsAndReingestBringsThemBack()
    {
        using var temp = new TempDirectory();
        var ingest = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var before = Totals(await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json"));
        var theirs = await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts WHERE customer_id = @C", new { C = Customer });
        var theirsHandled = await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts WHERE customer_id = @C AND abandoned = 0", new { C = Customer });
        var theirsRepeated = await ScalarAsync<long>(temp.Database,
            "SELECT COUNT(*) FROM contact_outcomes o JOIN contacts c ON c.call_id = o.call_id WHERE c.customer_id = @C AND o.outcome = 'repeated'", new { C = Customer });

        var delete = await CliRun.RunAsync("delete", "--customer", Customer, "--db", temp.Database, "--reason", "PRIV-7");
        var afterDelete = Totals(await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json"));
        var mentions = await ScalarAsync<long>(temp.Database,
            "SELECT (SELECT COUNT(*) FROM contacts WHERE customer_id = @C) + (SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%' || @C || '%')", new { C = Customer });
        var reingest = await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var afterReingest = Totals(await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ingest.ExitCode, Is.Zero, ingest.ToString());
            Assert.That(theirs, Is.EqualTo(5));
            Assert.That(theirsRepeated, Is.EqualTo(3));
            Assert.That(delete.ExitCode, Is.Zero, delete.ToString());
            Assert.That(delete.Output, Does.Contain("Deleted 5 contacts (1 customer key(s))"));
            Assert.That(delete.Output, Does.Match(@"contacts\s+5\b"));
            Assert.That(delete.Error, Does.Contain("delete: batch 1: 5 contacts deleted so far"));
            Assert.That(afterDelete, Is.EqualTo((before.Contacts - theirs, before.Handled - theirsHandled, before.Repeated - theirsRepeated)));
            Assert.That(mentions, Is.Zero);
            Assert.That(reingest.ExitCode, Is.Zero, reingest.ToString());
            Assert.That(reingest.Output, Does.Contain("new 5,"), "deletion is not a tombstone: the next ingest of an export with them stores them again");
            Assert.That(afterReingest, Is.EqualTo(before));
        }
    }

    [Test]
    public async Task Delete_DryRun_PrintsCountsAndChangesNothing()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        // Both reports on one clock: their generated_at must not differ when the second ticks between them.
        var at = TimeProvider.System.GetUtcNow();
        var before = await RunAtAsync(at, "report", "--db", temp.Database, "--format", "json");

        var dry = await CliRun.RunAsync("delete", "--customer", Customer, "--db", temp.Database, "--dry-run");
        var after = await RunAtAsync(at, "report", "--db", temp.Database, "--format", "json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dry.ExitCode, Is.Zero, dry.ToString());
            Assert.That(dry.Output, Does.Contain("Dry run: would delete 5 contacts"));
            Assert.That(dry.Output, Does.Match(@"transcripts\s+5\b"));
            Assert.That(after.Output, Is.EqualTo(before.Output));
            Assert.That(await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM audit_log"), Is.Zero);
        }
    }

    [Test]
    public async Task Delete_UnknownCallOrCustomer_ExitOneAndNothingDeleted()
    {
        using var temp = new TempDirectory();
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var contacts = await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts");

        var unknownCall = await CliRun.RunAsync("delete", "--call", "C20261116-00001", "NO-SUCH-CALL", "--db", temp.Database);
        var unknownCustomer = await CliRun.RunAsync("delete", "--customer", "NO-SUCH-CUSTOMER", "--db", temp.Database);
        var both = await CliRun.RunAsync("delete", "--customer", Customer, "--call", "C20261116-00001", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknownCall.ExitCode, Is.EqualTo(1));
            Assert.That(unknownCall.Error, Does.Contain("no stored contact has call id(s) NO-SUCH-CALL; nothing was deleted"));
            Assert.That(unknownCustomer.ExitCode, Is.EqualTo(1));
            Assert.That(unknownCustomer.Error, Does.Contain("customer key(s) NO-SUCH-CUSTOMER"));
            Assert.That(both.ExitCode, Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts"), Is.EqualTo(contacts));
        }
    }

    [Test]
    public async Task Purge_OlderThan30DaysAtAFixedClock_EarlierContactsGoneChainsConsistentProgressPerBatch()
    {
        // Now 31 Dec 2026 00:00 UTC minus 30 days: contacts that started before 1 Dec 2026 00:00 UTC go.
        using var temp = new TempDirectory();
        var now = new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero);
        await CliRun.RunAsync("ingest", RepositoryPaths.NightlySample, "--db", temp.Database);
        var total = await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts");
        var old = await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts WHERE started_at_utc < '2026-12-01T00:00:00.000Z'");

        var purge = await RunAtAsync(now, "purge", "--older-than", "30d", "--db", temp.Database, "--batch-size", "100");
        var again = await RunAtAsync(now, "purge", "--older-than", "30d", "--db", temp.Database);
        var report = Totals(await CliRun.RunAsync("report", "--db", temp.Database, "--format", "json"));
        var dangling = await ScalarAsync<long>(temp.Database, """
            SELECT COUNT(*) FROM contact_outcomes o
            WHERE (o.next_call_id IS NOT NULL AND o.next_call_id NOT IN (SELECT call_id FROM contacts))
               OR (o.chain_id IS NOT NULL AND o.chain_id NOT IN (SELECT call_id FROM contacts))
            """);
        var chainStartsNotFirst = await ScalarAsync<long>(temp.Database,
            "SELECT COUNT(*) FROM contact_outcomes WHERE chain_id = call_id AND chain_position <> 1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(old, Is.InRange(100, total - 100), "the cut-off splits the sample");
            Assert.That(purge.ExitCode, Is.Zero, purge.ToString());
            Assert.That(purge.Output, Does.Contain($"Deleted {old:N0} contacts (started before 2026-12-01T00:00:00Z, older than 30d)"));
            Assert.That(purge.Error.Split('\n').Count(l => l.StartsWith("purge: batch ", StringComparison.Ordinal)), Is.EqualTo((int)((old + 99) / 100)));
            Assert.That(report.Contacts, Is.EqualTo(total - old));
            Assert.That(await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contacts WHERE started_at_utc < '2026-12-01T00:00:00.000Z'"), Is.Zero);
            Assert.That(await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM contact_outcomes"), Is.EqualTo(total - old));
            Assert.That(dangling, Is.Zero, "no outcome points at a purged contact");
            Assert.That(chainStartsNotFirst, Is.Zero);
            Assert.That(again.ExitCode, Is.Zero, again.ToString());
            Assert.That(again.Output, Does.Contain("Nothing to purge"));
            Assert.That(await ScalarAsync<long>(temp.Database, "SELECT COUNT(*) FROM audit_log WHERE action = 'purge_contacts'"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Help_ListsDeleteAndPurge()
    {
        var run = await CliRun.RunAsync("--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Match(@"\bdelete\b"));
            Assert.That(run.Output, Does.Match(@"\bpurge\b"));
        }
    }

    [Test]
    public async Task Purge_BadDuration_ExitOne()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("purge", "--older-than", "soon", "--db", temp.Database);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("--older-than: 'soon' is not a duration"));
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
