using System.Diagnostics;
using System.Globalization;
using Hangfire;
using InteractionAnalytics.Jobs;
using Npgsql;

namespace InteractionAnalytics.Cli.Tests;

/// <summary>
/// <c>ia schedule</c> (docs/distributed.md): the recurring job it registers, triggered once with a worker running, ingests
/// the newest export folder under the root that has no run yet, distributed.
/// </summary>
[NonParallelizable]
public sealed class DistributedScheduleTests
{
    [Test]
    public async Task Triggered_IngestsTheNewestExportNotYetIngested()
    {
        using var temp = new TempDirectory();
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        var root = temp.Combine("exports");
        foreach (var (night, calls, seed) in new[] { ("2026-11-15", "40", "1"), ("2026-11-16", "60", "2") })
        {
            var generated = await CliRun.RunAsync("generate", "--out", Path.Combine(root, night), "--calls", calls, "--seed", seed);
            Assert.That(generated.ExitCode, Is.Zero, generated.ToString());
        }

        var scheduled = await CliRun.RunAsync("schedule", "--cron", "0 2 * * *", "--exports", root, "--db", database.ConnectionString, "--time-zone", "UTC", "--chunk-size", "25");
        Assert.That(scheduled.ExitCode, Is.Zero, scheduled.ToString());

        await using var worker = WorkerProcess.Start(database.ConnectionString, temp.Path);
        new RecurringJobManager(HangfireStorageFactory.Create(database.ConnectionString, null)).TriggerJob(ScheduledIngestJob.RecurringJobId);

        var waited = Stopwatch.StartNew();
        while (await ScalarAsync(database, "SELECT count(*) FROM ingest_runs WHERE status = 'completed'") == 0)
        {
            Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(120)), () => "no run completed; worker log:\n" + worker);
            await Task.Delay(500);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scheduled.Output, Does.Contain("Scheduled 'nightly-ingest': 0 2 * * * (UTC)"));
            Assert.That(await TextAsync(database, "SELECT string_agg(source, ',') FROM ingest_runs"), Is.EqualTo(Path.Combine(root, "2026-11-16")), "the newest night only");
            Assert.That(await ScalarAsync(database, "SELECT count(*) FROM contacts"), Is.EqualTo(60));
            Assert.That(await ScalarAsync(database, "SELECT chunk_count FROM ingest_chunk_runs"), Is.EqualTo(3), "60 calls in chunks of 25");
        }
    }

    private static async Task<long> ScalarAsync(PostgreSqlTestDatabase database, string sql) =>
        Convert.ToInt64(await QueryAsync(database, sql), CultureInfo.InvariantCulture);

    private static async Task<string> TextAsync(PostgreSqlTestDatabase database, string sql) =>
        Convert.ToString(await QueryAsync(database, sql), CultureInfo.InvariantCulture) ?? string.Empty;

    private static async Task<object?> QueryAsync(PostgreSqlTestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
